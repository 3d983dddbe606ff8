/**
 * A performance indicator's target value (指标值) as a department printed it, parsed into what a
 * reviewer reads from it: `≥95%`, `≤3000元/人`, `2024年12月底`, `持续上升`, `涉密`. Every variant
 * keeps `raw`, the cell exactly as written, because findings quote it back to the author.
 */
export type Comparator = '≥' | '≤' | '>' | '<' | '=';

export type IndicatorTarget =
  QuantityTarget | DateTarget | QualitativeTarget | ClassifiedTarget | EmptyTarget;

export interface QuantityTarget {
  readonly kind: 'quantity';
  readonly raw: string;
  /** `=` when nothing was written: a bare `66人` means exactly 66. */
  readonly comparator: Comparator;
  /** False when the comparator was implied, so rules can tell `0%` from `=0%`. */
  readonly explicitComparator: boolean;
  /** Exact decimal as written, thousands separators removed: `45054.96`, `0.5`, `100`. */
  readonly value: string;
  /** Normalized unit: `%` (also for 百分比), `万元`, `元/人/月`, `人`, `G/年`; `` when none. */
  readonly unit: string;
  /** Text before the number when an indicator name leaked into the cell: `每年酒精检测人员 ≥1000人`. */
  readonly label?: string;
  /** Text after the number that is not a unit: `≥100 逢警必出`, `≥1 明显`. */
  readonly remark?: string;
}

/** `月底` = by the end of the month; `月份` = during the month; `年底` = by the end of the year. */
export type DateQualifier = '月底' | '月底前' | '月末' | '月份' | '年底' | '年底前' | '日前';

export interface DateTarget {
  readonly kind: 'date';
  readonly raw: string;
  /** Written, or `≤` for a deadline ending in 前 (before), else `=`. */
  readonly comparator: Comparator;
  readonly explicitComparator: boolean;
  /** Four digits; a two-digit `24年底` is read as 2024. */
  readonly year?: number;
  /** 1–12; `年底` means month 12. */
  readonly month: number;
  readonly day?: number;
  readonly qualifier?: DateQualifier;
}

export interface QualitativeTarget {
  readonly kind: 'qualitative';
  readonly raw: string;
  /** The wording with whitespace collapsed and a trailing 。 dropped: `持续上升`, `合规`. */
  readonly text: string;
}

/** `涉密`: the value is withheld from the public disclosure, not missing. */
export interface ClassifiedTarget {
  readonly kind: 'classified';
  readonly raw: string;
}

export interface EmptyTarget {
  readonly kind: 'empty';
  readonly raw: string;
}
