
namespace Analytics.Synthetic;

/// <summary>The six files of one submission folder, each in its own delivery style.</summary>
internal sealed class BlocFiles : IDisposable
{
    private readonly CsvFileWriter[] _writers;

    public BlocFiles(string folder, string submission, string codePrefix, Func<DeliveredKind, (DeliveryStyle Style, Random Random)> style)
    {
        Directory.CreateDirectory(folder);
        Submission = submission;
        _writers = [.. Enum.GetValues<DeliveredKind>().Select(kind =>
        {
            var (s, r) = style(kind);
            return new CsvFileWriter(Path.Combine(folder, HeaderNames.FileName(kind) + ".csv"), kind, s, r, codePrefix);
        })];
    }

    /// <summary>The folder name, as truth.json's bad_rows names it.</summary>
    public string Submission { get; }

    public CsvFileWriter Units => _writers[(int)DeliveredKind.Units];
    public CsvFileWriter People => _writers[(int)DeliveredKind.People];
    public CsvFileWriter Positions => _writers[(int)DeliveredKind.Positions];
    public CsvFileWriter Ratings => _writers[(int)DeliveredKind.Ratings];
    public CsvFileWriter Summaries => _writers[(int)DeliveredKind.Summaries];
    public CsvFileWriter Residence => _writers[(int)DeliveredKind.Residence];

    public long Rows => _writers.Sum(w => w.Rows);

    public void Dispose()
    {
        foreach (var writer in _writers)
        {
            writer.Dispose();
        }
    }
}
