using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace Analytics.Dashboards.Web;

/// <summary>A dashboard user: name, role (<see cref="DashboardRoles"/>), the area codes an area analyst
/// may see, whether they may see personal data (names and source ids from person_identity), and the
/// password as an ASP.NET Core <see cref="PasswordHasher{TUser}"/> hash. Bound from configuration
/// <c>Dashboard:Users</c> (<c>Name</c>, <c>Role</c>, <c>Areas</c>, <c>PersonalData</c>, <c>PasswordHash</c>); a user of
/// the web_user table also has <see cref="Disabled"/> and a <see cref="SecurityStamp"/> that each change draws anew.</summary>
public sealed record ConfiguredUser
{
    public string Name { get; init; } = "";
    public string Role { get; init; } = DashboardRoles.Analyst;
    public IReadOnlyList<string> Areas { get; init; } = [];
    public bool PersonalData { get; init; }
    public string PasswordHash { get; init; } = "";

    /// <summary>A disabled user cannot log in, and their open sessions end at the next check.</summary>
    public bool Disabled { get; init; }

    /// <summary>Drawn anew by every change to a table user (<c>analytics users …</c>); empty for a
    /// configured user, whose <see cref="Stamp"/> is then derived from what configuration says of them.</summary>
    public string SecurityStamp { get; init; } = "";

    /// <summary>What a session is checked against: the security stamp, or for a configured user a digest of
    /// role, areas, right and password hash, so that editing the user in configuration ends their sessions.</summary>
    public string Stamp => SecurityStamp.Length > 0 ? SecurityStamp
        : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{Role}|{string.Join(",", Areas)}|{PersonalData}|{PasswordHash}")))[..32];

    private static readonly PasswordHasher<ConfiguredUser> Hasher = new();

    /// <summary>A user whose password is hashed now (for the demo and tests; configuration holds hashes).</summary>
    public static ConfiguredUser WithPassword(
        string name, string role, string password, IReadOnlyList<string>? areas = null, bool personalData = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(password);
        var user = new ConfiguredUser { Name = name, Role = role, Areas = areas ?? [], PersonalData = personalData };
        return user with { PasswordHash = HashPassword(password) };
    }

    /// <summary>The PasswordHasher hash of a password (what <c>Dashboard:Users:N:PasswordHash</c> holds).</summary>
    public static string HashPassword(string password) => Hasher.HashPassword(new ConfiguredUser(), password);

    /// <summary>Whether the password matches the stored hash.</summary>
    public bool Verify(string password) =>
        PasswordHash.Length > 0 && Hasher.VerifyHashedPassword(this, PasswordHash, password) != PasswordVerificationResult.Failed;

    /// <summary>Checks the role and areas; the message names the user and the field.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Name)) throw new ArgumentException("a dashboard user needs a name");
        if (!DashboardRoles.All.Contains(Role))
            throw new ArgumentException($"user '{Name}': role '{Role}' is not one of {string.Join(", ", DashboardRoles.All)}");
        if (Role == DashboardRoles.Area && Areas.Count == 0)
            throw new ArgumentException($"user '{Name}': an area analyst needs at least one area code");
        if (Areas.Any(string.IsNullOrWhiteSpace)) throw new ArgumentException($"user '{Name}': an empty area code");
    }
}
