namespace Analytics.Etl.Validation;

/// <summary>Finds record ids that may repeat within one batch without remembering them all: a blocked
/// Bloom filter of fixed size (16 MiB, so memory stays flat as files grow) over (record_id, revision).
/// Each key sets 4 bits inside one 64-byte block, so a lookup costs one cache miss. A repeat is always
/// caught; a few first sightings may be flagged too (about 1 in 10⁴ at 2M rows). Flagged keys are
/// "suspects" that the warehouse examines exactly, in SQL, at commit. A filter for a small submission is
/// sized to it (a few KiB), so that many can be made and cleared cheaply.</summary>
public sealed class RecordIdFilter
{
    private const int MaxBlocks = 1 << 18;     // 2^18 blocks × 512 bits = 16 MiB
    private int _blocks;
    private ulong[] _words;

    /// <summary>A filter for up to about <paramref name="expectedKeys"/> keys at the same false-positive
    /// rate as the full-size one at 2M (8 keys a block), never larger than 16 MiB.</summary>
    public RecordIdFilter(long expectedKeys = long.MaxValue)
    {
        _blocks = BlocksFor(expectedKeys);
        _words = new ulong[_blocks * 8];
    }

    /// <summary>Forgets everything and sizes the filter for <paramref name="expectedKeys"/> keys, reusing its
    /// memory when that is large enough (a reading thread reuses one filter for submission after submission).</summary>
    public void Reset(long expectedKeys)
    {
        _blocks = BlocksFor(expectedKeys);
        if (_words.Length < _blocks * 8) _words = new ulong[_blocks * 8];
        else Array.Clear(_words, 0, _blocks * 8);
    }

    private static int BlocksFor(long expectedKeys)
    {
        var blocks = 64;
        while (blocks < MaxBlocks && blocks * 8L < expectedKeys) blocks *= 2;
        return blocks;
    }

    /// <summary>Adds the key; true when it may have been added before.</summary>
    public bool Add(string recordId, int revision)
    {
        var hash = Fnv1a(recordId, revision);
        var block = (int)(hash & (ulong)(_blocks - 1)) * 8;
        var seen = true;
        for (var i = 0; i < 4; i++)
        {
            var bit = (int)(hash >> (18 + i * 9)) & 511;       // 4 × 9 bits above the block index
            ref var word = ref _words[block + (bit >> 6)];
            var mask = 1UL << (bit & 63);
            if ((word & mask) == 0)
            {
                seen = false;
                word |= mask;
            }
        }
        return seen;
    }

    /// <summary>Forgets everything (a new batch).</summary>
    public void Clear() => Array.Clear(_words, 0, _blocks * 8);

    private static ulong Fnv1a(string text, int revision)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text) hash = (hash ^ c) * 1099511628211UL;
        hash = (hash ^ (uint)revision) * 1099511628211UL;
        // Final avalanche (SplitMix64) so every bit range is usable.
        hash = (hash ^ (hash >> 30)) * 0xbf58476d1ce4e5b9UL;
        hash = (hash ^ (hash >> 27)) * 0x94d049bb133111ebUL;
        return hash ^ (hash >> 31);
    }
}
