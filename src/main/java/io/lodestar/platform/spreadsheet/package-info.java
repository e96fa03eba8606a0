/**
 * Spreadsheets in and out, for every module that imports or exports data.
 * <ul>
 * <li>{@link io.lodestar.platform.spreadsheet.SpreadsheetReader}: CSV (UTF-8 with or without BOM, UTF-16 with
 * BOM, GBK/GB18030; comma, semicolon or tab) and .xlsx uploads into a {@link io.lodestar.platform.spreadsheet.Table},
 * refusing files that are not what they claim, empty files and files over the row limit.</li>
 * <li>{@link io.lodestar.platform.spreadsheet.HeaderMatcher}: finds columns by any of their accepted names
 * (both languages, synonyms), in any order.</li>
 * <li>{@link io.lodestar.platform.spreadsheet.XlsxWriter} and {@link io.lodestar.platform.spreadsheet.CsvWriter}:
 * exports and templates, every text cell escaped against formula injection ({@link io.lodestar.platform.spreadsheet.FormulaEscaping}).</li>
 * <li>{@link io.lodestar.platform.spreadsheet.ImportJobs}: the background import job (validate every row, report,
 * confirm, apply all or nothing) for any {@link io.lodestar.platform.spreadsheet.SpreadsheetImporter} a module
 * declares as a bean.</li>
 * </ul>
 */
@org.springframework.modulith.NamedInterface("spreadsheet")
package io.lodestar.platform.spreadsheet;
