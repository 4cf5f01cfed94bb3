namespace Analytics.Web.Tests.Helpers;

/// <summary>One server for the read-only page tests (the review tests start their own).</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    internal DashboardServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await DashboardServer.Start();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

[CollectionDefinition("server")]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>;
