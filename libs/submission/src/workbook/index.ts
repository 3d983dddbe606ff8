export {
  readTablesWorkbook,
  type ImportedTable,
  type WorkbookProblem,
  type WorkbookReading,
} from './read-tables-workbook';
export { emptyStandardTables, writeTablesWorkbook } from './write-tables-workbook';
