using System.Buffers;
using System.Text;
using Analytics.Etl.Sources;
using nietras.SeparatedValues;

namespace Analytics.Etl.Decoding;

// Opening: encoding and separator detection from a sample of the raw bytes.
internal sealed partial class CsvRecordReader
{
    /// <summary>Opens a delivered file. <paramref name="declared"/> overrides encoding detection.</summary>
    public static CsvRecordReader Open(SubmissionFile file, RecordKind kind, SourceEncoding? declared, CellCaches? caches = null)
    {
        // A file no longer than the sample (most submissions' files) is read once: the sample is the file.
        // The buffers are pooled: a deadline's thousands of small files would otherwise each allocate
        // a megabyte on the large-object heap.
        var sample = ArrayPool<byte>.Shared.Rent(SampleBytes);
        var returned = false;
        void Return()
        {
            if (returned) return;
            returned = true;
            ArrayPool<byte>.Shared.Return(sample);
        }
        int length;
        bool whole;
        try
        {
            using var probe = file.Open();
            length = probe.ReadAtLeast(sample.AsSpan(0, SampleBytes), SampleBytes, throwOnEndOfStream: false);
            whole = length < SampleBytes;
        }
        catch (IOException e)
        {
            Return();
            throw new FileUnreadableException($"{file.Name}: could not be read: {e.Message}", e);
        }
        try
        {
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

            TextReader? text = whole ? WholeText.Decode(bytes, encoding) : null;
            Return();
            if (text is null)
            {
                var stream = file.Open();
                text = encoding switch
                {
                    SourceEncoding.Utf8 =>
                        new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, 1 << 16),
                    SourceEncoding.Utf16Le or SourceEncoding.Utf16Be =>
                        new StreamReader(stream, VietnameseEncodings.Get(encoding), detectEncodingFromByteOrderMarks: true, 1 << 16),
                    _ => new StreamReader(stream, VietnameseEncodings.Get(encoding), detectEncodingFromByteOrderMarks: false, 1 << 16),
                };
            }
            return Open(file, kind, new RowLengthGuard(text, file.Name), encoding, separator, caches);
        }
        catch
        {
            Return();
            throw;
        }
    }

    private static CsvRecordReader Open(SubmissionFile file, RecordKind kind, TextReader text, SourceEncoding encoding, char separator,
        CellCaches? caches)
    {
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
            return new CsvRecordReader(file.Name, kind, text, sep, VietnameseEncodings.Name(encoding), separator, caches);
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
        // Single-byte and UTF-8 text: the first line break byte ends the header (no letter uses 0x0A).
        if (encoding is not (SourceEncoding.Utf16Le or SourceEncoding.Utf16Be) && sample[..length].IndexOf((byte)'\n') is >= 0 and var end)
            length = end + 1;
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
