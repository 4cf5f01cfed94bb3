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
                ?? throw new FileUnreadableException($"{file.Name}: the encoding could not be detected ({detection.Explanation}); declare it with --encoding");
        }
        var separator = DetectSeparator(bytes);

        var stream = file.Open();
        TextReader text = encoding == SourceEncoding.Utf8
            ? new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, 1 << 16)
            : new StreamReader(stream, VietnameseEncodings.Get(encoding), detectEncodingFromByteOrderMarks: false, 1 << 16);
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

    /// <summary>`,` or `;`, whichever occurs more often outside quotes on the first line.</summary>
    internal static char DetectSeparator(ReadOnlySpan<byte> sample)
    {
        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var b in sample)
        {
            if (b == (byte)'"') quoted = !quoted;
            else if (quoted) continue;
            else if (b == (byte)'\n') break;
            else if (b == (byte)',') commas++;
            else if (b == (byte)';') semicolons++;
        }
        return semicolons > commas ? ';' : ',';
    }
}
