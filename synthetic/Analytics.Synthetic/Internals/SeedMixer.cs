namespace Analytics.Synthetic;

/// <summary>Derives independent seeds from the province seed, so that every group of submissions, and
/// every concern inside one (data, delivery style, bad rows), draws from its own stream: a change in
/// one stream (say, messy delivery on or off) never shifts the numbers another one sees.</summary>
internal static class SeedMixer
{
    public const int Layout = 1;
    public const int Levels = 2;
    public const int Plants = 3;
    public const int Data = 4;
    public const int Style = 5;
    public const int BadRows = 6;
    public const int Seat = 7;

    /// <summary>A non-negative seed for stream <paramref name="stream"/> of item <paramref name="item"/> (SplitMix64 finaliser).</summary>
    public static int Derive(int seed, int stream, int item)
    {
        ulong z = ((ulong)(uint)seed << 32 | (uint)item) ^ ((ulong)(uint)stream * 0x9E3779B97F4A7C15UL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (int)(z & 0x7FFF_FFFF);
    }

    public static Random Random(int seed, int stream, int item) => new(Derive(seed, stream, item));
}
