using System.Security.Cryptography;
using System.Text;
using Analytics.Synthetic;
using Analytics.Synthetic.Tests.Helpers;

namespace Analytics.Synthetic.Tests;

/// <summary>The same options write byte-identical files (every folder, every file, truth.json); another
/// seed writes a different province.</summary>
public sealed class DeterminismTests
{
    private static readonly ProvinceOptions Options = new() { Members = 3_000, Seed = 42, Plant = true, Messy = true };

    [Fact]
    public void The_same_options_write_identical_files_and_another_seed_does_not()
    {
        using var temp = new TempFolder();
        var first = ProvinceGenerator.Write(temp.Sub("a"), Options);
        var second = ProvinceGenerator.Write(temp.Sub("b"), Options);
        ProvinceGenerator.Write(temp.Sub("c"), Options with { Seed = 43 });

        Assert.Equal(Hash(temp.Sub("a")), Hash(temp.Sub("b")));
        Assert.NotEqual(Hash(temp.Sub("a")), Hash(temp.Sub("c")));
        Assert.Equal(first with { OutDir = "", Elapsed = default }, second with { OutDir = "", Elapsed = default });
    }

    [Fact]
    public void Writing_again_into_a_generated_province_replaces_it()
    {
        using var reused = new TempFolder();
        using var fresh = new TempFolder();
        ProvinceGenerator.Write(reused.Path, Options with { Seed = 43 });
        ProvinceGenerator.Write(reused.Path, Options);
        ProvinceGenerator.Write(fresh.Path, Options);
        Assert.Equal(Hash(fresh.Path), Hash(reused.Path));
    }

    [Fact]
    public void A_folder_holding_something_else_is_refused()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.Sub("notes.txt"), "mine");
        var error = Assert.Throws<IOException>(() => ProvinceGenerator.Write(temp.Path, Options));
        Assert.Contains("is not empty and holds no generated province", error.Message, StringComparison.Ordinal);
    }

    /// <summary>SHA-256 over every file's relative path and bytes, in ordinal path order.</summary>
    private static string Hash(string root)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (string file in Directory.GetFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(root, file).Replace('\\', '/') + "\n"));
            sha.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexString(sha.GetHashAndReset());
    }
}
