namespace Analytics.Testing;

/// <summary>Test traits. Tests that need a service beside the SDK (a PostgreSQL server, Debian's
/// Chromium, LibreOffice) carry <c>[Trait(Category.Name, Category.Integration)]</c>, so that
/// <c>dotnet test Analytics.sln --filter Category!=Integration</c> runs the rest on a laptop;
/// <c>.ci/run</c> installs the services and runs them all.</summary>
public static class Category
{
    public const string Name = "Category";
    public const string Integration = "Integration";
}
