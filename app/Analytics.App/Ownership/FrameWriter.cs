using System.Text;
using System.Threading.Channels;

namespace Analytics.App.Ownership;

/// <summary>Standard output or error of a verb the server runs for a client: text goes out line by line as
/// <see cref="CliFrame"/>s, so progress streams while the verb runs. Once the client has gone (Ctrl-C)
/// a write throws <see cref="OperationCanceledException"/>, which stops the verb at its next output: a
/// batch in flight is then rolled back whole.</summary>
internal sealed class FrameWriter(ChannelWriter<CliFrame> frames, bool error, CancellationToken cancellation) : TextWriter
{
    private readonly StringBuilder _line = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        _line.Append(value);
        if (value == '\n') Send();
    }

    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        _line.Append(value);
        if (value.Contains('\n', StringComparison.Ordinal)) Send();
    }

    public override void WriteLine(string? value)
    {
        _line.Append(value).Append(CoreNewLine);
        Send();
    }

    public override void Flush() => Send();

    protected override void Dispose(bool disposing)
    {
        if (disposing && _line.Length > 0 && !cancellation.IsCancellationRequested) Send();
        base.Dispose(disposing);
    }

    private void Send()
    {
        cancellation.ThrowIfCancellationRequested();
        if (_line.Length == 0) return;
        var text = _line.ToString();
        _line.Clear();
        var frame = error ? new CliFrame(Error: text) : new CliFrame(Out: text);
        while (!frames.TryWrite(frame))
        {
            if (!frames.WaitToWriteAsync(cancellation).AsTask().GetAwaiter().GetResult())
                throw new OperationCanceledException(cancellation);
        }
    }
}
