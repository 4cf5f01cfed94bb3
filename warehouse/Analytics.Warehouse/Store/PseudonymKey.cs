using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Analytics.Warehouse.Store;

/// <summary>The warehouse's pseudonym secret and what is derived from it. Person keys are the first 64 bits
/// of HMAC-SHA256(secret, person_id) (the loader's PersonKeys computes them at speed). Every other use has
/// its own sub-key, HMAC-SHA256(secret, label): the fingerprint stored in the warehouse, the finding ids and
/// the anonymised export's record tokens reveal nothing about the secret or about each other, and without
/// the secret nobody can test a guessed member id against any of them.</summary>
public sealed class PseudonymKey
{
    /// <summary>The shortest secret accepted (ANALYTICS_PSEUDONYM_KEY as text, or the key file's bytes).</summary>
    public const int MinimumBytes = 16;

    private const string FingerprintLabel = "analytics/pseudonym-key/fingerprint/v1";
    private const string FindingLabel = "analytics/finding-id/v1";
    private const string RecordLabel = "analytics/export/record-id/v1";
    private readonly byte[] _secret;
    private readonly byte[] _findingKey;
    private readonly byte[] _recordKey;

    internal PseudonymKey(byte[] secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (secret.Length < MinimumBytes)
            throw new ArgumentException($"the pseudonym secret must be at least {MinimumBytes} bytes", nameof(secret));
        _secret = (byte[])secret.Clone();
        _findingKey = Mac(_secret, FindingLabel);
        _recordKey = Mac(_secret, RecordLabel);
        Fingerprint = Convert.ToHexStringLower(Mac(_secret, FingerprintLabel))[..32];
    }

    /// <summary>Names the key without revealing it: what the warehouse stores and a refusal shows.</summary>
    public string Fingerprint { get; }

    /// <summary>The <see cref="Fingerprint"/> of a secret (a backup names its key with it).</summary>
    public static string FingerprintOf(byte[] secret) => new PseudonymKey(secret).Fingerprint;

    /// <summary>The person key of a source person id, as the loader derives it.</summary>
    public long PersonKey(string personId) => BinaryPrimitives.ReadInt64BigEndian(Mac(_secret, personId));

    /// <summary>A finding's id: 96 bits of the keyed MAC of its identity text (rule, period, subject, unit).</summary>
    internal string FindingId(string identity) => Convert.ToHexStringLower(Mac(_findingKey, identity))[..24];

    /// <summary>The keyed MAC of record tokens, keyed once for many ids (one per thread; dispose it).</summary>
    internal IncrementalHash RecordMac() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _recordKey);

    /// <summary>What the anonymised export writes for a source record id (which may embed a person id),
    /// with a MAC from <see cref="RecordMac"/>: 96 bits in hex. Equal ids give equal tokens, so a reader
    /// still finds a record's revisions.</summary>
    internal static string RecordToken(IncrementalHash mac, string recordId)
    {
        Span<byte> hash = stackalloc byte[32];
        mac.AppendData(Encoding.UTF8.GetBytes(recordId));
        mac.GetHashAndReset(hash);
        return Convert.ToHexStringLower(hash[..12]);
    }

    private static byte[] Mac(byte[] key, string text) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text));
}
