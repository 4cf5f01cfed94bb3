namespace Analytics.Etl.Validation;

/// <summary>Finds record ids that may repeat within one batch without remembering them all: a Bloom
/// filter of fixed size (16 MiB, so memory stays flat as files grow) over (record_id, revision).
/// A repeat is always caught; a few first sightings may be flagged too. Flagged keys are "suspects"
/// that the warehouse examines exactly, in SQL, at commit.</summary>
public sealed class RecordIdFilter
{
    private const int Bits = 1 << 27;          // 128 Mbit: ~1e-6 false positives at 2M rows, k = 4
    private const int Probes = 4;
    private readonly ulong[] _words = new ulong[Bits / 64];

    /// <summary>Adds the key; true when it may have been added before.</summary>
    public bool Add(string recordId, int revision)
    {
        var hash = Fnv1a(recordId, revision);
        var h1 = (uint)hash;
        var h2 = (uint)(hash >> 32) | 1u;
        var seen = true;
        for (uint i = 0; i < Probes; i++)
        {
            var bit = (h1 + i * h2) & (Bits - 1);
            ref var word = ref _words[bit >> 6];
            var mask = 1UL << (int)(bit & 63);
            if ((word & mask) == 0)
            {
                seen = false;
                word |= mask;
            }
        }
        return seen;
    }

    /// <summary>Forgets everything (a new batch).</summary>
    public void Clear() => Array.Clear(_words);

    private static ulong Fnv1a(string text, int revision)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        hash = (hash ^ (uint)revision) * 1099511628211UL;
        // Final avalanche (from SplitMix64) so both halves are usable as independent hashes.
        hash = (hash ^ (hash >> 30)) * 0xbf58476d1ce4e5b9UL;
        hash = (hash ^ (hash >> 27)) * 0x94d049bb133111ebUL;
        return hash ^ (hash >> 31);
    }
}
