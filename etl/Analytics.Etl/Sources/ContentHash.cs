using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Analytics.Etl.Sources;

/// <summary>SHA-256 over a submission's files in name order (name, length, bytes): the key that makes
/// loading the same content twice a no-op, whatever folder or zip it arrives in.</summary>
public static class ContentHash
{
    public static string Of(Submission submission)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        foreach (var file in submission.Files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes($"{file.Name}\n{file.Length}\n"));
            using var stream = file.Open();
            int n;
            while ((n = stream.Read(buffer)) > 0) sha.AppendData(buffer.AsSpan(0, n));
        }
        ArrayPool<byte>.Shared.Return(buffer);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
