namespace Analytics.Synthetic.Tests.Helpers;

/// <summary>Test classes in this collection share one <see cref="Provinces"/>.</summary>
[CollectionDefinition(Name)]
public sealed class ProvinceCollection : ICollectionFixture<Provinces>
{
    public const string Name = "provinces";
}
