using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Analytics.App.Operations;

namespace Analytics.App.Ownership;

/// <summary>The CLI's side of a verb the owning server carries out: sends the command line (paths made
/// absolute here) to the server's loopback endpoint with the owner file's secret, writes what streams
/// back to this process's standard output and error as it comes, and exits with the verb's exit code.
/// Ctrl-C closes the request; the server then cancels the verb at its next safe point.</summary>
internal static class ForwardingClient
{
    public static int Run(OwnerFile owner, string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(console);
        var stdin = args.Any(a => a.StartsWith("--", StringComparison.Ordinal) && a.EndsWith("-stdin", StringComparison.Ordinal))
            ? console.In.ReadToEnd() : null;
        var request = new CliRequest(args, Environment.CurrentDirectory, stdin);
        try
        {
            return Send(owner, request, console).GetAwaiter().GetResult();
        }
        catch (HttpRequestException e)
        {
            throw Unreachable(owner, e.Message);
        }
        catch (IOException e) when (!console.Cancellation.IsCancellationRequested)
        {
            throw new WarehouseBusyException($"the server that owns {owner.Warehouse} (PID {owner.Pid}) stopped answering " +
                $"before the command finished ({e.Message}); what it had committed stays whole: " +
                "look at `analytics stats` and run the command again.");
        }
    }

    private static async Task<int> Send(OwnerFile owner, CliRequest body, CliConsole console)
    {
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(owner.Url), OwnerEndpoint.Path))
        {
            Content = JsonContent.Create(body),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", owner.Token);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, console.Cancellation);
        if (response.StatusCode != HttpStatusCode.OK)
            throw Unreachable(owner, $"it answered {(int)response.StatusCode} {response.ReasonPhrase}");
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(console.Cancellation));
        while (await reader.ReadLineAsync(console.Cancellation) is { } line)
        {
            var frame = JsonSerializer.Deserialize<CliFrame>(line) ?? throw new InvalidDataException("an empty frame from the server");
            if (frame.Out is { } text) { console.Out.Write(text); console.Out.Flush(); }
            if (frame.Error is { } error) { console.Error.Write(error); console.Error.Flush(); }
            if (frame.Exit is { } exit) return exit;
        }
        throw new IOException("the answer ended without an exit code");
    }

    private static WarehouseBusyException Unreachable(OwnerFile owner, string why) => new(
        $"the warehouse {owner.Warehouse} is owned by `analytics serve` (PID {owner.Pid}, since {owner.Since:yyyy-MM-dd HH:mm}), " +
        $"but its command endpoint {owner.Url} does not answer ({why}); wait until it has started, or stop it (kill {owner.Pid}) " +
        "and run the command again.");
}
