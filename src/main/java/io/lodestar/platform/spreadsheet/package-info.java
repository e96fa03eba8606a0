/** Reading CSV (UTF-8, GBK/GB18030) and .xlsx uploads into rows, and writing formula-safe .xlsx exports. */
@org.springframework.modulith.NamedInterface("spreadsheet")
package io.lodestar.platform.spreadsheet;
