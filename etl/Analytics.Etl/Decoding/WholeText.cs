using System.Buffers;
using System.Text;

namespace Analytics.Etl.Decoding;

/// <summary>The text of a whole small file, decoded at once into a pooled buffer and handed to the parser
/// as a reader: no stream and no reader buffers per file (a deadline brings thousands of small files).
/// Byte order marks are handled as the streaming path's <see cref="StreamReader"/> handles them: for
/// UTF-8 and UTF-16 a UTF-8 or UTF-16 mark is skipped and names the encoding; legacy encodings have none.</summary>
internal sealed class WholeText : TextReader
{
    private char[]? _chars;
    private readonly int _length;
    private int _position;

    private WholeText(char[] chars, int length) => (_chars, _length) = (chars, length);

    /// <summary>The decoded text, or null when it starts with a UTF-32 mark (left to the streaming path).</summary>
    public static WholeText? Decode(ReadOnlySpan<byte> bytes, SourceEncoding encoding)
    {
        var text = VietnameseEncodings.Get(encoding);
        if (encoding is SourceEncoding.Utf8 or SourceEncoding.Utf16Le or SourceEncoding.Utf16Be)
        {
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])
                || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
            {
                return null;
            }
            var mark = 0;
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) (text, mark) = (Utf8, 3);
            else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) (text, mark) = (Encoding.Unicode, 2);
            else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) (text, mark) = (Encoding.BigEndianUnicode, 2);
            else if (encoding == SourceEncoding.Utf8) text = Utf8;
            bytes = bytes[mark..];
        }
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, text.GetMaxCharCount(bytes.Length)));
        return new WholeText(chars, text.GetChars(bytes, chars));
    }

    // Invalid bytes read as U+FFFD, as the streaming path reads them.
    private static readonly UTF8Encoding Utf8 = new(false, false);

    public override int Peek() => _position < _length ? _chars![_position] : -1;

    public override int Read() => _position < _length ? _chars![_position++] : -1;

    public override int Read(Span<char> buffer)
    {
        var n = Math.Min(buffer.Length, _length - _position);
        if (n <= 0) return 0;
        _chars.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int ReadBlock(Span<char> buffer) => Read(buffer);

    public override int ReadBlock(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    protected override void Dispose(bool disposing)
    {
        if (disposing && _chars is { } chars)
        {
            _chars = null;
            ArrayPool<char>.Shared.Return(chars);
        }
        base.Dispose(disposing);
    }
}
