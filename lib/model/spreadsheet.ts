/**
 * The characters that make Excel, LibreOffice or Google Sheets read a cell as a formula when it
 * starts with them — their full-width forms (`＝＋－＠`, which Chinese input methods type) too,
 * as spreadsheets in East Asian locales take those for the ASCII ones. The CSV export puts a `'`
 * before such a cell (OWASP's CSV injection advice); the import takes it off again.
 */
export const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
