using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Analytics.App.Configuration;

/// <summary>How serve registers a section: the options pattern (bound, validated by
/// <see cref="SettingsValidator{T}"/>, ValidateOnStart) and the record itself for constructors that
/// take it plainly (the jobs).</summary>
internal static class SettingsRegistration
{
    public static IServiceCollection AddSettings<T>(this IServiceCollection services, IConfiguration configuration, string section)
        where T : class
    {
        var node = configuration.GetSection(section);
        services.AddOptions<T>().Bind(node).ValidateOnStart();
        services.AddSingleton<IValidateOptions<T>>(new SettingsValidator<T>(node));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<T>>().Value);
        return services;
    }
}
