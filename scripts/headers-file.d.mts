export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}
export declare function parseHeaders(text: string): HeaderRule[];
export declare function rulesFor(rules: HeaderRule[], path: string): HeaderRule[];
export declare function headersFor(rules: HeaderRule[], path: string): Record<string, string>;
