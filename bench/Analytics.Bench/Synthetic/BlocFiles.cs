using Analytics.Etl.Decoding;

namespace Analytics.Bench.Synthetic;

/// <summary>The six files of one submission folder, each in its own delivery style.</summary>
internal sealed class BlocFiles : IDisposable
{
    private readonly CsvFileWriter[] _writers;

    public BlocFiles(string folder, string submission, Func<RecordKind, (DeliveryStyle Style, Random Random)> style)
    {
        Directory.CreateDirectory(folder);
        Submission = submission;
        _writers = [.. Enum.GetValues<RecordKind>().Select(kind =>
        {
            var (s, r) = style(kind);
            return new CsvFileWriter(Path.Combine(folder, RecordKindNames.FileName(kind) + ".csv"), kind, s, r);
        })];
    }

    /// <summary>The folder name, as truth.json's bad_rows names it.</summary>
    public string Submission { get; }

    public CsvFileWriter Units => _writers[(int)RecordKind.Units];
    public CsvFileWriter People => _writers[(int)RecordKind.People];
    public CsvFileWriter Positions => _writers[(int)RecordKind.Positions];
    public CsvFileWriter Ratings => _writers[(int)RecordKind.Ratings];
    public CsvFileWriter Summaries => _writers[(int)RecordKind.Summaries];
    public CsvFileWriter Residence => _writers[(int)RecordKind.Residence];

    public long Rows => _writers.Sum(w => w.Rows);

    public void Dispose()
    {
        foreach (var writer in _writers)
        {
            writer.Dispose();
        }
    }
}
