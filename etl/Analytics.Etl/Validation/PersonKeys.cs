using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Analytics.Etl.Validation;

/// <summary>Pseudonymous person keys: the first 64 bits of HMAC-SHA256(person_id) under a secret
/// (docs/architecture.md "Personal data"); the warehouse refuses a batch in which two ids share a key. Keys
/// repeat across channels and files, so recent ones are cached (bounded, so memory stays flat).</summary>
public sealed class PersonKeys : IDisposable
{
    private const int CacheLimit = 1 << 18;
    private readonly byte[] _secret;
    private readonly IncrementalHash _hmac;   // keyed once: re-keying on every call doubled the cost; not thread-safe, one per reader
    private readonly Dictionary<string, long> _cache = new(StringComparer.Ordinal);

    public PersonKeys(byte[] secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (secret.Length < 16) throw new ArgumentException("the pseudonym secret must be at least 16 bytes", nameof(secret));
        _secret = (byte[])secret.Clone();
        _hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, secret);
    }

    /// <summary>The key of a person id; <paramref name="fresh"/> is true when the id was not among
    /// the recently seen ones (so its identity row should be staged).</summary>
    public long KeyOf(string personId, out bool fresh)
    {
        if (_cache.TryGetValue(personId, out var key))
        {
            fresh = false;
            return key;
        }
        Span<byte> input = stackalloc byte[256];
        var bytes = Encoding.UTF8.GetMaxByteCount(personId.Length) <= input.Length
            ? input[..Encoding.UTF8.GetBytes(personId, input)]
            : Encoding.UTF8.GetBytes(personId);
        Span<byte> mac = stackalloc byte[32];
        _hmac.AppendData(bytes);
        _hmac.GetHashAndReset(mac);
        key = BinaryPrimitives.ReadInt64BigEndian(mac);
        if (_cache.Count >= CacheLimit) _cache.Clear();
        _cache[personId] = key;
        fresh = true;
        return key;
    }

    public long KeyOf(string personId) => KeyOf(personId, out _);

    /// <summary>Starts a new batch: every person counts as fresh again, so a batch never relies on an
    /// identity staged by another batch that may have rolled back.</summary>
    public void NewBatch() => _cache.Clear();

    /// <summary>Another instance with the same secret, for another thread.</summary>
    public PersonKeys Twin() => new(_secret);

    public void Dispose() => _hmac.Dispose();
}
