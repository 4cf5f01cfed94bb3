using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Analytics.App.Configuration;
using Analytics.App.Serve.Operability;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Analytics.App.Ownership;

/// <summary>The server's side of a verb a client hands over (POST /cli on the loopback command listener,
/// with the owner file's secret): runs the same command code in-process
/// (<see cref="Cli.Run(string[], CliConsole, WarehouseOwnership?)"/>)
/// with the server's settings and writers that stream back as <see cref="CliFrame"/>s, then sends the
/// exit code. The client going away, or the server stopping, cancels the verb.</summary>
internal sealed partial class OwnerEndpoint(
    WarehouseOwnership ownership, Settings settings, ServeMetrics metrics, IHostApplicationLifetime lifetime, ILogger<OwnerEndpoint> log)
{
    public const string Path = "/cli";

    private const int BufferedFrames = 256;

    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost(Path, (HttpContext http) => http.RequestServices.GetRequiredService<OwnerEndpoint>().Handle(http));
    }

    private async Task Handle(HttpContext http)
    {
        if (!ownership.OnCommandListener(http.Connection))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        if (!ownership.Authorizes(http.Request.Headers.Authorization))
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        var request = await http.Request.ReadFromJsonAsync<CliRequest>(http.RequestAborted);
        if (request?.Args is null)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        http.Response.ContentType = CliFrame.MediaType;
        await http.Response.StartAsync(http.RequestAborted);

        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        var frames = Channel.CreateBounded<CliFrame>(new BoundedChannelOptions(BufferedFrames) { SingleReader = true });
        var clock = Stopwatch.StartNew();
        var verb = Cli.VerbOf(request.Args);
        var run = Task.Factory.StartNew(() => Run(request, frames.Writer, cancel.Token, http.RequestAborted), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            await foreach (var frame in frames.Reader.ReadAllAsync(http.RequestAborted))
            {
                await Send(http, frame);
                if (!frames.Reader.TryPeek(out _)) await http.Response.Body.FlushAsync(http.RequestAborted);
            }
            var exit = await run;
            var seconds = clock.Elapsed.TotalSeconds;
            Count(verb, exit);
            Ran(log, verb, exit, seconds);
            await Send(http, new CliFrame(Exit: exit));
            await http.Response.Body.FlushAsync(http.RequestAborted);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            await cancel.CancelAsync();
            var exit = await run;   // the verb stops at its next safe point; the writer is free again after it
            Count(verb, exit);
            Cancelled(log, verb, exit);
        }
    }

    private void Count(string verb, int exit) =>
        metrics.CliVerbs.WithLabels(verb, exit.ToString(System.Globalization.CultureInfo.InvariantCulture)).Inc();

    /// <summary>Runs the verb; <paramref name="cancellation"/> (the client gone, or the server stopping) stops
    /// it at its next safe point, <paramref name="clientGone"/> also at its next output. A verb stopped so
    /// exits 130 here too: its last words ("cancelled: …") may have nobody to reach.</summary>
    private int Run(CliRequest request, ChannelWriter<CliFrame> frames, CancellationToken cancellation, CancellationToken clientGone)
    {
        using var output = new FrameWriter(frames, error: false, clientGone);
        using var error = new FrameWriter(frames, error: true, clientGone);
        try
        {
            var console = new CliConsole(output, error)
            {
                In = new StringReader(request.Stdin ?? ""),
                Settings = settings,
                Cancellation = cancellation,
            };
            return Cli.Run(request.Args, console, ownership);
        }
        catch (OperationCanceledException)
        {
            return Operations.ExitCodes.Cancelled;
        }
        finally
        {
            try
            {
                output.Flush();
                error.Flush();
            }
            catch (OperationCanceledException)
            {
                // The client has gone: nobody to flush to.
            }
            frames.TryComplete();
        }
    }

    private static async Task Send(HttpContext http, CliFrame frame)
    {
        await JsonSerializer.SerializeAsync(http.Response.Body, frame, cancellationToken: http.RequestAborted);
        await http.Response.Body.WriteAsync("\n"u8.ToArray(), http.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "CLI verb {Verb} carried out for a client: exit {Exit} in {Seconds:0.00} s")]
    private static partial void Ran(ILogger log, string verb, int exit, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "CLI verb {Verb} cancelled by its client (Ctrl-C): exit {Exit}")]
    private static partial void Cancelled(ILogger log, string verb, int exit);
}
