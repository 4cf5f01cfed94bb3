using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Analytics.App.Ownership;

/// <summary>Writes the owner file once the server listens (so a client that finds it can be served) and
/// removes it as soon as the server begins to stop (so no client hands a verb to a stopping server).</summary>
internal sealed partial class OwnerAnnouncement(
    WarehouseOwnership ownership, IHostApplicationLifetime lifetime, ILogger<OwnerAnnouncement> log) : IHostedService
{
    private OwnerFile? _written;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            _written = ownership.OwnerFile();
            _written.Write();
            var file = OwnerFile.PathFor(ownership.Warehouse);
            Announced(log, file, _written.Url);
        });
        lifetime.ApplicationStopping.Register(() => _written?.Remove());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _written?.Remove();
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Owner file {OwnerFile} written; CLI verbs come in at {Url}")]
    private static partial void Announced(ILogger log, string ownerFile, string url);
}
