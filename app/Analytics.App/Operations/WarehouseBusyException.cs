namespace Analytics.App.Operations;

/// <summary>The warehouse cannot be used now, said in one sentence that names the file, the holder if
/// known and what to do (exit code <see cref="ExitCodes.WarehouseBusy"/>).</summary>
internal sealed class WarehouseBusyException(string message) : Exception(message);
