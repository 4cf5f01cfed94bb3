using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Analytics.Etl.Decoding;

/// <summary>Decides which encoding a CSV submission is in from a prefix of the file (docs/interchange.md: UTF-8
/// with or without BOM, or Windows-1258, TCVN3, VNI "detected or declared"). In order: a byte order mark;
/// binary data (many control characters) is rejected; pure ASCII and valid UTF-8 are UTF-8; any
/// other text is decoded with each legacy encoding, NFC-normalised and measured with
/// <see cref="VietnameseTextMeasure"/>, and the best is taken if it clears <see cref="MinimumScore"/>.</summary>
internal static class EncodingDetector
{
    /// <summary>The least score (share of Vietnamese letters × share of well-formed syllables) a legacy
    /// candidate needs. Right decodings of real files score above 0.9; wrong ones mostly below 0.3.</summary>
    internal const double MinimumScore = 0.6;

    // Text files carry tab, LF, CR, form feed, and sometimes the DOS end-of-file mark (0x1A); anything else
    // below 0x20 (NUL included), or DEL, counts as a control byte. More than 1 in 100 bytes (and more
    // than a few) is taken for binary data.
    private const int ControlBytesPerMille = 10;

    // However short the file, this many control bytes are stray ones in cells, not binary data.
    private const int MaxStrayControlBytes = 8;

    private static readonly SourceEncoding[] LegacyCandidates =
        [SourceEncoding.Windows1258, SourceEncoding.Vni, SourceEncoding.Tcvn3]; // ties go to the earlier one

    public static EncodingDetection Detect(ReadOnlySpan<byte> sample)
    {
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            int invalidAt = FirstInvalidUtf8(sample[3..], out _);
            return invalidAt < 0
                ? new(SourceEncoding.Utf8, true, 1.0, "The file starts with the UTF-8 byte order mark.")
                : new(SourceEncoding.Utf8, true, 0.5, Invariant(
                    $"The file starts with the UTF-8 byte order mark, but the byte at offset {invalidAt + 3} ") +
                    "is not valid UTF-8; read as UTF-8 anyway.");
        }
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])
            || sample.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return Undetectable("The file starts with a UTF-32 byte order mark; UTF-32 is not accepted. Save it as UTF-8 (CSV UTF-8).");
        }
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new(SourceEncoding.Utf16Le, true, 1.0,
                "The file starts with the UTF-16 (little-endian) byte order mark, as Excel's \"Unicode Text\" writes.");
        }
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new(SourceEncoding.Utf16Be, true, 1.0, "The file starts with the UTF-16 (big-endian) byte order mark.");
        }
        // A stray control byte (a NUL typed into one cell) quarantines its row; many of them mean binary data.
        int controls = CountControlBytes(sample);
        if (controls > MaxStrayControlBytes && (long)controls * 1000 > (long)sample.Length * ControlBytesPerMille)
        {
            int nul = sample.IndexOf((byte)0);
            string among = nul >= 0 ? " (NUL among them)" : "";
            return Undetectable(Invariant($"{controls} of the first {sample.Length} bytes are control characters{among}: ")
                + "this is binary data (or UTF-16 text without a byte order mark), not a CSV file.");
        }
        int firstNonAscii = sample.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
        if (firstNonAscii < 0)
        {
            return new(SourceEncoding.Utf8, false, 1.0, Invariant(
                $"All {sample.Length} bytes are ASCII, which reads the same in every supported encoding; read as UTF-8."));
        }
        int invalid = FirstInvalidUtf8(sample, out int multiByteChars);
        if (invalid < 0)
        {
            // Legacy 8-bit text is valid UTF-8 only by accident, and each further non-ASCII character makes
            // that accident far less likely (taken as 1 in 10 per character).
            double confidence = 1.0 - Math.Pow(0.1, multiByteChars);
            return new(SourceEncoding.Utf8, false, confidence, Invariant(
                $"Valid UTF-8 with {multiByteChars} non-ASCII characters."));
        }
        return DetectLegacy(sample, invalid);
    }

    private static EncodingDetection DetectLegacy(ReadOnlySpan<byte> sample, int invalidUtf8At)
    {
        Span<double> scores = stackalloc double[LegacyCandidates.Length];
        var measures = new VietnameseTextMeasure[LegacyCandidates.Length];
        int best = 0;
        for (int i = 0; i < LegacyCandidates.Length; i++)
        {
            measures[i] = Measure(sample, LegacyCandidates[i]);
            scores[i] = measures[i].Score;
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }
        double runnerUp = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            if (i != best)
            {
                runnerUp = Math.Max(runnerUp, scores[i]);
            }
        }
        SourceEncoding winner = LegacyCandidates[best];
        VietnameseTextMeasure m = measures[best];
        string notUtf8 = Invariant($"Not UTF-8 (the byte at offset {invalidUtf8At} is not valid UTF-8). ");
        string others = OtherScores(scores, best);
        if (scores[best] < MinimumScore)
        {
            return Undetectable(notUtf8 + Invariant(
                $"No supported encoding reads it as Vietnamese: the best, {Display(winner)}, gives {Describe(m)} ") +
                Invariant($"(score {scores[best]:0.00}, {MinimumScore:0.00} needed; {others}). ") +
                "Declare the encoding, or save the file as UTF-8.");
        }
        // Evidence grows with the number of accented words; a close runner-up halves the confidence at worst.
        int evidence = Math.Max(1, m.AccentedWords > 0 ? m.AccentedWords : m.NonAsciiChars);
        double confidence = scores[best] * (1.0 - (runnerUp / scores[best] / 2)) * evidence / (evidence + 2.0);
        string close = runnerUp >= scores[best] - 0.1 ? " The runner-up is close, so the choice is uncertain." : "";
        return new(winner, false, confidence, notUtf8 + Invariant(
            $"Read as {Display(winner)}: it gives {Describe(m)} (score {scores[best]:0.00}; {others}).") + close);
    }

    private static VietnameseTextMeasure Measure(ReadOnlySpan<byte> sample, SourceEncoding candidate)
    {
        Encoding encoding = VietnameseEncodings.Get(candidate);
        char[] buffer = ArrayPool<char>.Shared.Rent(encoding.GetMaxCharCount(sample.Length));
        char[]? nfcBuffer = null;
        try
        {
            int length = encoding.GetChars(sample, buffer);
            if (candidate == SourceEncoding.Tcvn3)
            {
                // One byte is one char in TCVN3. Bytes VN3 never uses would otherwise pass for VN1 capitals
                // (0x96, an en dash in Windows-1258, reads as "Ọ"): judge them as what they are, not text.
                for (int i = 0; i < sample.Length; i++)
                {
                    if (!Tcvn3Tables.IsVn3Code(sample[i]))
                    {
                        buffer[i] = '\uFFFD';
                    }
                }
            }
            ReadOnlySpan<char> text = buffer.AsSpan(0, length);
            if (text.IsNormalized(NormalizationForm.FormC)) return VietnameseTextMeasure.Of(text);
            // Composing never lengthens the text, so the measure's NFC fits a buffer of the same length.
            nfcBuffer = ArrayPool<char>.Shared.Rent(length);
            return text.TryNormalize(nfcBuffer, out int written, NormalizationForm.FormC)
                ? VietnameseTextMeasure.Of(nfcBuffer.AsSpan(0, written))
                : VietnameseTextMeasure.Of(text.ToString().Normalize(NormalizationForm.FormC));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
            if (nfcBuffer is not null) ArrayPool<char>.Shared.Return(nfcBuffer);
        }
    }

    /// <summary>Offset of the first byte that is not valid UTF-8, or −1. A sequence cut off by the end of the
    /// sample counts as valid: the caller passes a prefix of the file.</summary>
    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes, out int nonAsciiChars)
    {
        Span<char> chars = stackalloc char[1024];
        nonAsciiChars = 0;
        int offset = 0;
        while (true)
        {
            OperationStatus status = Utf8.ToUtf16(bytes[offset..], chars, out int read, out int written,
                replaceInvalidSequences: false, isFinalBlock: false);
            nonAsciiChars += written - CountAscii(chars[..written]);
            offset += read;
            switch (status)
            {
                case OperationStatus.Done:
                case OperationStatus.NeedMoreData:
                    return -1;
                case OperationStatus.InvalidData:
                    return offset;
                case OperationStatus.DestinationTooSmall:
                    continue;
                default:
                    throw new InvalidOperationException($"Unexpected UTF-8 decoding status {status}.");
            }
        }
    }

    private static int CountAscii(ReadOnlySpan<char> chars)
    {
        int ascii = 0;
        foreach (char c in chars)
        {
            ascii += c < 0x80 ? 1 : 0;
        }
        return ascii;
    }

    private static int CountControlBytes(ReadOnlySpan<byte> sample)
    {
        int count = 0;
        foreach (byte b in sample)
        {
            if ((b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x1A)) || b == 0x7F)
            {
                count++;
            }
        }
        return count;
    }

    private static string Describe(VietnameseTextMeasure m) =>
        m.AccentedWords > 0 ? Invariant(
            $"{m.WordShare:0%} of {m.AccentedWords} accented words as well-formed Vietnamese words and ") +
            Invariant($"{m.LetterShare:0%} of {m.NonAsciiChars} non-ASCII characters as Vietnamese letters")
        : m.NonAsciiChars > 0 ? Invariant($"no accented words, and {m.NonAsciiChars} non-ASCII characters that are no Vietnamese letters")
        : "no accented words, only typographic punctuation (quotes, dashes) outside ASCII";

    private static string OtherScores(ReadOnlySpan<double> scores, int except)
    {
        var parts = new List<string>(scores.Length - 1);
        for (int i = 0; i < scores.Length; i++)
        {
            if (i != except)
            {
                parts.Add(Invariant($"{Display(LegacyCandidates[i])} {scores[i]:0.00}"));
            }
        }
        return string.Join(", ", parts);
    }

    private static string Display(SourceEncoding encoding) => encoding switch
    {
        SourceEncoding.Windows1258 => "Windows-1258",
        SourceEncoding.Tcvn3 => "TCVN3",
        SourceEncoding.Vni => "VNI",
        _ => "UTF-8",
    };

    private static EncodingDetection Undetectable(string explanation) => new(null, false, 0, explanation);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
