import { readSeedSource } from '../seed-source';

export const HANDAN_SOURCE_FILE = 'handan-psb-2022-budget-disclosure.txt';

export const readHandanSource = (): string => readSeedSource(HANDAN_SOURCE_FILE);
