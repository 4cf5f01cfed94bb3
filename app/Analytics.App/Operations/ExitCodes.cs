namespace Analytics.App.Operations;

/// <summary>The exit codes of every verb (docs/operations.md "Exit codes"); the same whether the verb
/// ran here or was carried out by the server that owns the warehouse.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A usage error, a wrong setting, bad input named in one sentence, or an internal error
    /// (printed with a reference into the log file).</summary>
    public const int Error = 1;

    /// <summary>A submission (or a source) was rejected: nothing of it was loaded.</summary>
    public const int Rejected = 2;

    /// <summary>`evaluate`: a section fell below its bar.</summary>
    public const int BelowBar = 3;

    /// <summary>The warehouse is busy: held by a program that is not our server, owned by a server that
    /// does not answer, or owned by a server while the verb needs the file to itself (serve, demo, restore).</summary>
    public const int WarehouseBusy = 4;

    /// <summary>Cancelled by Ctrl-C (128 + SIGINT, as shells report it); what was committed stays whole.</summary>
    public const int Cancelled = 130;
}
