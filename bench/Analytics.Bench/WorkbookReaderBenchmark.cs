using System.Diagnostics;
using Analytics.Etl.Workbooks;
using Analytics.Synthetic;
using ExcelDataReader;
using MiniExcelLibs;
using nietras.SeparatedValues;

namespace Analytics.Bench;

/// <summary>`analytics bench workbooks`: the decision of issue 15 in figures — the project's streaming
/// .xlsx reader against ExcelDataReader (which reads the .xls files) on the same large workbook of the
/// ingest benchmark's ratings: rows per second and the peak managed heap while reading (sampled every
/// 5 ms) and the bytes allocated, each reader turning every cell into the same text; then the whole path a workbook takes in
/// the drop folder (table finder and CSV writer) with the project's reader.</summary>
public static class WorkbookReaderBenchmark
{
    public sealed record Figure(string Reader, long Rows, long Cells, double Seconds, long PeakHeapBytes, long AllocatedBytes)
    {
        public double RowsPerSecond => Rows / Seconds;
    }

    public static IReadOnlyList<Figure> Run(long rows, string workFolder, Action<string> log)
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);   // ExcelDataReader asks for 1252
        if (Directory.Exists(workFolder)) Directory.Delete(workFolder, true);
        var book = Write(rows, workFolder, log);
        var warmUp = Write(20_000, Path.Combine(workFolder, "warm-up"), _ => { });
        Own(warmUp);
        DataReader(warmUp);
        Land(warmUp, Path.Combine(workFolder, "warm-up", "landed"), 20_000);
        return
        [
            Measure("own xlsx reader", () => Own(book)),
            Measure("ExcelDataReader", () => DataReader(book)),
            Measure("own reader + table finder + CSV", () => Land(book, Path.Combine(workFolder, "landed"), rows + 1)),
        ];
    }

    private static string Write(long rows, string folder, Action<string> log)
    {
        var csv = Path.Combine(folder, "csv");
        RatingsCsvWorkload.Write(csv, rows);
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(Path.Combine(csv, "ratings.csv"));
        var header = reader.Header.ColNames.ToArray();
        var records = new List<Dictionary<string, object?>>();
        foreach (var row in reader)
        {
            var record = new Dictionary<string, object?>(header.Length);
            for (var i = 0; i < header.Length; i++) record[header[i]] = row[i].Span.IsEmpty ? null : row[i].ToString();
            records.Add(record);
        }
        var path = Path.Combine(folder, "ratings.xlsx");
        var clock = Stopwatch.StartNew();
        MiniExcel.SaveAs(path, new Dictionary<string, object> { ["Xếp loại"] = records });
        log($"wrote {rows:N0} rows ({new FileInfo(path).Length / 1e6:N1} MB) in {clock.Elapsed.TotalSeconds:N1} s");
        return path;
    }

    private static (long Rows, long Cells) Own(string path)
    {
        using var book = XlsxBook.Open(path);
        long rows = 0, cells = 0;
        foreach (var sheet in book.Sheets)
        {
            book.Merges(sheet);   // the drop folder reads them too
            foreach (var row in book.Rows(sheet))
            {
                rows++;
                foreach (var cell in row.Cells) if (cell is not null) cells++;
            }
        }
        return (rows, cells);
    }

    private static (long Rows, long Cells) DataReader(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        long rows = 0, cells = 0;
        do
        {
            while (reader.Read())
            {
                rows++;
                for (var i = 0; i < reader.FieldCount; i++) if (SheetText.Of(reader.GetValue(i)) is not null) cells++;
            }
        }
        while (reader.NextResult());
        return (rows, cells);
    }

    /// <summary>What the drop folder does with a workbook: find its table, write it as CSV.</summary>
    private static (long Rows, long Cells) Land(string path, string folder, long rows)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, true);
        Workbook.Land(path, folder, "bench", []);
        return (rows, 0);
    }

    private static Figure Measure(string name, Func<(long Rows, long Cells)> read)
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var baseline = GC.GetTotalMemory(true);
        long peak = 0;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(false) - baseline);
                Thread.Sleep(5);
            }
        });
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var (rows, cells) = read();
        var seconds = clock.Elapsed.TotalSeconds;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        stop.Cancel();
        sampler.Wait();
        return new Figure(name, rows, cells, seconds, peak, allocated);
    }
}
