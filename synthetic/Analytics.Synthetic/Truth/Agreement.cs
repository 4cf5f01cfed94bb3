namespace Analytics.Synthetic;

/// <summary>Planted against found, for one rule or for the quarantine.</summary>
public sealed record Agreement(string Name, int Planted, int Found, int Matched)
{
    /// <summary>Matched / found; 1 when nothing was found and nothing planted.</summary>
    public double Precision => Found == 0 ? (Planted == 0 ? 1 : 0) : (double)Matched / Found;

    /// <summary>Matched / planted; 1 when nothing was planted.</summary>
    public double Recall => Planted == 0 ? 1 : (double)Matched / Planted;

    public static Agreement Of<T>(string name, IReadOnlySet<T> planted, IReadOnlySet<T> found) =>
        new(name, planted.Count, found.Count, planted.Count(found.Contains));
}
