import type { BudgetDocument } from '@budgetflow/budget-domain';
import { readSeedSource } from '../seed-source';
import { convertJiyuan } from './convert-jiyuan';

export const readJiyuanSource = (): string => readSeedSource('jiyuan-psb-2020-budget-disclosure.txt');

/** Line `no` (1-based) of the source, as printed. */
export const sourceLine = (source: string, no: number): string => source.split(/\r?\n/)[no - 1] ?? '';

export const convertedJiyuan = (): BudgetDocument => convertJiyuan(readJiyuanSource());
