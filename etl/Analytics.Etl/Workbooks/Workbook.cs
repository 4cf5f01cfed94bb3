using System.IO.Compression;
using Analytics.Etl.Decoding;
using Analytics.Etl.Sources;

namespace Analytics.Etl.Workbooks;

/// <summary>An .xlsx workbook as a submission: one sheet per record kind, named after it in English or
/// Vietnamese ("Đơn vị", "Đảng viên", "Xếp loại", "2. Tổng hợp" — <see cref="RecordKindNames"/>). Each
/// sheet is read streaming (<see cref="XlsxBook"/>) and written out as interchange CSV, so the headers, levels and
/// dates go through the same decoding and validation as a dropped CSV file. Sheet row numbers are the
/// CSV line numbers when the header is on the first row (blank rows are kept as blank lines).</summary>
internal static class Workbook
{
    /// <summary>The workbook's sheets that name a record kind, in workbook order; throws
    /// <see cref="InvalidDataException"/> for a file that is not a readable, safe workbook.</summary>
    public static IReadOnlyList<string> RecordSheets(string path, out IReadOnlyList<string> ignored)
    {
        using var book = XlsxBook.Open(path);
        return RecordSheets(book, out ignored);
    }

    private static List<string> RecordSheets(XlsxBook book, out IReadOnlyList<string> ignored)
    {
        ignored = book.SheetNames.Where(n => RecordKindNames.FromName(n) is null).ToList();
        return book.SheetNames.Where(n => RecordKindNames.FromName(n) is not null).ToList();
    }

    /// <summary>The file name a sheet's rows take in the submission (what reports and the quarantine show).</summary>
    public static string FileName(string sheet) => Landing.SafeSheetName(sheet) + ".csv";

    /// <summary>Writes one sheet as interchange CSV; returns the data rows written.</summary>
    public static long WriteSheet(string path, string sheet, Stream output)
    {
        using var book = XlsxBook.Open(path);
        return WriteSheet(book, path, sheet, output);
    }

    private static long WriteSheet(XlsxBook book, string path, string sheet, Stream output)
    {
        using var csv = new InterchangeCsvWriter(output);
        try
        {
            return book.WriteSheet(sheet, csv);
        }
        catch (Exception e) when (e is System.Xml.XmlException or FormatException)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)}, sheet '{sheet}': could not be read ({e.Message})", e);
        }
    }

    /// <summary>Lands every record-kind sheet of the workbook as CSV files in <paramref name="folder"/>
    /// and returns them as one submission (connector "xlsx").</summary>
    public static Submission Land(string path, string folder, string name)
    {
        using var book = XlsxBook.Open(path);
        Directory.CreateDirectory(folder);
        var files = new List<string>();
        foreach (var sheet in RecordSheets(book, out _))
        {
            var file = Path.Combine(folder, FileName(sheet));
            using (var output = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
                WriteSheet(book, path, sheet, output);
            files.Add(file);
        }
        return SubmissionLocator.FromFiles(folder, files, "xlsx", name);
    }

    /// <summary>The workbook as a submission read in place: each sheet's CSV is produced while it is read
    /// (for `analytics ingest book.xlsx`). A workbook that cannot be opened becomes a submission whose
    /// reading fails with the reason, so the ingest rejects it rather than stopping.</summary>
    public static Submission InPlace(string path)
    {
        var full = Path.GetFullPath(path);
        var name = Path.GetFileNameWithoutExtension(full);
        try
        {
            var files = RecordSheets(full, out _)
                .Select(sheet => new SubmissionFile(FileName(sheet), SheetLength(full, sheet),
                    () => ProducedStream.Start(output => WriteSheet(full, sheet, output))))
                .ToList();
            return new Submission(name, "xlsx", full, files);
        }
        catch (InvalidDataException e)
        {
            return Submission.Unreadable(name, "xlsx", full, e.Message);
        }
    }

    // The CSV's length is known only once produced; the rows themselves go into the content hash.
    private static long SheetLength(string path, string sheet) => 0;
}
