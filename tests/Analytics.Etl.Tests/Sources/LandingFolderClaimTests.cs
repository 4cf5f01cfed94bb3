using Analytics.Etl.Sources;

namespace Analytics.Etl.Tests.Sources;

/// <summary>Fetches of one source that start in the same millisecond (two workers of one server) each get a
/// landing folder of their own: sharing one, the second copy of an item failed with "already exists".</summary>
public sealed class LandingFolderClaimTests
{
    [Fact]
    public void Fetches_starting_together_land_in_folders_of_their_own()
    {
        using var root = new TempFolder();
        const int Fetches = 32;
        using var start = new Barrier(Fetches);
        var folders = new string[Fetches];
        var threads = Enumerable.Range(0, Fetches).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            folders[i] = Landing.NewFolder(root.Path, "drop");
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Equal(Fetches, folders.Distinct(StringComparer.Ordinal).Count());
        Assert.All(folders, f => Assert.True(Directory.Exists(f), f));
    }
}
