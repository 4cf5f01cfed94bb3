using System.IO.Compression;
using System.Text;

namespace Analytics.Etl.Tests.Helpers;

/// <summary>An .xlsx written part by part, for workbooks no spreadsheet program would make: a row
/// numbered 9×10^18, a cell in column ZZZZZZ, a row of 20,000 cells.</summary>
internal static class HandWrittenWorkbook
{
    /// <summary>Writes a one-sheet workbook whose sheet is named <paramref name="sheetName"/> and whose
    /// &lt;sheetData&gt; is <paramref name="sheetData"/> (inline strings, no shared strings).</summary>
    public static string Write(string path, string sheetName, string sheetData)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Part(zip, "[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
              <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
              <Default Extension="xml" ContentType="application/xml"/>
              <Override PartName="/xl/workbook.xml"
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
              <Override PartName="/xl/worksheets/sheet1.xml"
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
            </Types>
            """);
        Part(zip, "_rels/.rels", Relationship("officeDocument", "xl/workbook.xml"));
        Part(zip, "xl/_rels/workbook.xml.rels", Relationship("worksheet", "worksheets/sheet1.xml"));
        Part(zip, "xl/workbook.xml", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
              xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
              <sheets><sheet name="{sheetName}" sheetId="1" r:id="rId1"/></sheets>
            </workbook>
            """);
        Part(zip, "xl/worksheets/sheet1.xml", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{sheetData}</sheetData></worksheet>
            """);
        return path;
    }

    /// <summary>An inline-string cell.</summary>
    public static string Cell(string reference, string text) => $"""<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>""";

    /// <summary>A units header row and one unit row (rows 1 and 2).</summary>
    public static string UnitsHead =>
        $"""<row r="1">{Cell("A1", "unit_code")}{Cell("B1", "unit_name")}{Cell("C1", "unit_kind")}</row>""" +
        $"""<row r="2">{Cell("A2", "DU")}{Cell("B2", "Đảng bộ xã")}{Cell("C2", "grassroots_party_org")}</row>""";

    /// <summary>A relationships part holding its one relationship, of <paramref name="type"/>.</summary>
    private static string Relationship(string type, string target) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{type}" Target="{target}"/>
        </Relationships>
        """;

    private static void Part(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name).Open();
        var bytes = new UTF8Encoding(false).GetBytes(text.Trim());
        stream.Write(bytes);
    }
}
