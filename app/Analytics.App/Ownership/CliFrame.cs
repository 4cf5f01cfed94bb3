using System.Text.Json.Serialization;

namespace Analytics.App.Ownership;

/// <summary>One line of the server's answer to a handed-over verb (newline-delimited JSON, streamed while
/// the verb runs): a piece of standard output, a piece of standard error, or the exit code, last.</summary>
internal sealed record CliFrame(
    [property: JsonPropertyName("o")] string? Out = null,
    [property: JsonPropertyName("e")] string? Error = null,
    [property: JsonPropertyName("exit")] int? Exit = null)
{
    /// <summary>The request's media type and the answer's.</summary>
    public const string MediaType = "application/x-ndjson";
}

/// <summary>A verb handed to the owning server: the command line (paths already absolute), the client's
/// working directory, and standard input when the verb reads it (an option ending in -stdin).</summary>
internal sealed record CliRequest(
    [property: JsonPropertyName("args")] string[] Args,
    [property: JsonPropertyName("cwd")] string WorkingDirectory,
    [property: JsonPropertyName("stdin")] string? Stdin);
