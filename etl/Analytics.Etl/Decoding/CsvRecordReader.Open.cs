using System.Text;
using Analytics.Etl.Sources;
using nietras.SeparatedValues;

namespace Analytics.Etl.Decoding;

// Opening: encoding and separator detection from a sample of the raw bytes.
internal sealed partial class CsvRecordReader
{
    /// <summary>Opens a delivered file. <paramref name="declared"/> overrides encoding detection.</summary>
    public static CsvRecordReader Open(SubmissionFile file, RecordKind kind, SourceEncoding? declared)
    {
        byte[] sample;
        int length;
        try
        {
            using var probe = file.Open();
            sample = new byte[SampleBytes];
            length = probe.ReadAtLeast(sample, SampleBytes, throwOnEndOfStream: false);
        }
        catch (IOException e)
        {
            throw new FileUnreadableException($"{file.Name}: could not be read: {e.Message}", e);
        }
        var bytes = sample.AsSpan(0, length);
        if (bytes.IsEmpty) throw new FileUnreadableException($"{file.Name}: the file is empty (a header row is required)");

        SourceEncoding encoding;
        if (declared is { } forced) encoding = forced;
        else
        {
            var detection = EncodingDetector.Detect(bytes);
            encoding = detection.Encoding
                ?? throw new FileUnreadableException(
                    $"{file.Name}: the encoding could not be detected ({detection.Explanation}); declare it with --encoding");
        }
        var separator = DetectSeparator(FirstChars(bytes, encoding));

        var stream = file.Open();
        TextReader text = encoding switch
        {
            SourceEncoding.Utf8 =>
                new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, 1 << 16),
            SourceEncoding.Utf16Le or SourceEncoding.Utf16Be =>
                new StreamReader(stream, VietnameseEncodings.Get(encoding), detectEncodingFromByteOrderMarks: true, 1 << 16),
            _ => new StreamReader(stream, VietnameseEncodings.Get(encoding), detectEncodingFromByteOrderMarks: false, 1 << 16),
        };
        text = new RowLengthGuard(text, file.Name);
        SepReader sep;
        try
        {
            sep = Sep.New(separator).Reader(o => o with { HasHeader = true, Unescape = true, DisableColCountCheck = true }).From(text);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException)
        {
            text.Dispose();
            throw new FileUnreadableException($"{file.Name}: the header row could not be read: {e.Message}", e);
        }
        if (sep.Header.ColNames.Count == 0 || sep.Header.ColNames.All(string.IsNullOrWhiteSpace))
        {
            sep.Dispose();
            text.Dispose();
            throw new FileUnreadableException($"{file.Name}: no header row");
        }
        try
        {
            return new CsvRecordReader(file.Name, kind, text, sep, VietnameseEncodings.Name(encoding), separator);
        }
        catch
        {
            sep.Dispose();
            text.Dispose();
            throw;
        }
    }

    /// <summary>The start of the sample as text, enough for its header line.</summary>
    private static string FirstChars(ReadOnlySpan<byte> sample, SourceEncoding encoding)
    {
        var length = Math.Min(sample.Length, 1 << 16);
        if (encoding is SourceEncoding.Utf16Le or SourceEncoding.Utf16Be) length &= ~1;
        return VietnameseEncodings.Get(encoding).GetString(sample[..length]);
    }

    /// <summary>`,`, `;` or a tab (Excel's "Unicode Text"), whichever occurs most often outside quotes on
    /// the first line; a tie goes to the comma, then the semicolon.</summary>
    internal static char DetectSeparator(ReadOnlySpan<char> sample)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        foreach (var c in sample)
        {
            if (c == '"') quoted = !quoted;
            else if (quoted) continue;
            else if (c == '\n') break;
            else if (c == ',') commas++;
            else if (c == ';') semicolons++;
            else if (c == '\t') tabs++;
        }
        return tabs > commas && tabs > semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }
}
