using System.CommandLine;
using System.CommandLine.Parsing;

namespace Analytics.App.Ownership;

/// <summary>The command line as the server must see it: every path the user typed made absolute against
/// the client's working directory (the server has its own), from the parsed tokens. A path is the value
/// of an argument named PATH, FILE or DIR, of an option whose help name is one of those, or of an option
/// whose name is in <see cref="PathOptions"/>: a new path option needs its name here or a help name.</summary>
internal static class ArgumentPaths
{
    private static readonly HashSet<string> PathNames = new(StringComparer.Ordinal) { "PATH", "FILE", "DIR" };

    /// <summary>Options that take a path, by name, across every verb.</summary>
    public static readonly IReadOnlySet<string> PathOptions = new HashSet<string>(StringComparer.Ordinal)
    {
        "--warehouse", "--out", "--parquet", "--truth", "--sources", "--landing", "--province", "--work", "--from",
    };

    public static string[] Absolute(ParseResult parse, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var paths = new HashSet<Token>(ReferenceEqualityComparer.Instance);
        Collect(parse.RootCommandResult, paths);
        return [.. parse.Tokens.Select(t => paths.Contains(t) && !Path.IsPathRooted(t.Value) && t.Value.Length > 0
            ? Path.GetFullPath(t.Value, workingDirectory) : t.Value)];
    }

    private static void Collect(SymbolResult result, HashSet<Token> paths)
    {
        switch (result)
        {
            case OptionResult o when PathOptions.Contains(o.Option.Name) || (o.Option.HelpName is { } help && PathNames.Contains(help)):
                paths.UnionWith(o.Tokens);
                break;
            case ArgumentResult a when PathNames.Contains(a.Argument.Name) || (a.Argument.HelpName is { } name && PathNames.Contains(name)):
                paths.UnionWith(a.Tokens);
                break;
            case CommandResult c:
                foreach (var child in c.Children) Collect(child, paths);
                break;
        }
    }
}
