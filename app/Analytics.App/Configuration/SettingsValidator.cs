using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Analytics.App.Configuration;

/// <summary>Validates one bound section: no key that is not a setting (a misspelt key would otherwise be
/// ignored in silence), then the data annotations (and <see cref="IValidatableObject"/>) of the record
/// and of the records inside it. Each failure is one sentence naming the key, the value and what is
/// allowed: ValidateDataAnnotations names neither key nor value. Serve registers it for every section
/// (with ValidateOnStart); the CLI's <see cref="Settings"/> runs the same one.</summary>
internal sealed class SettingsValidator<T>(IConfigurationSection section) : IValidateOptions<T>
    where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        UnknownKeys(section, typeof(T), failures);
        Annotations(options, section.Path, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void UnknownKeys(IConfigurationSection node, Type type, List<string> failures)
    {
        if (IsLeaf(type) || typeof(IDictionary).IsAssignableFrom(type)) return;
        if (ElementType(type) is { } element)
        {
            foreach (var child in node.GetChildren()) UnknownKeys(child, element, failures);
            return;
        }
        var properties = Settable(type).ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var child in node.GetChildren())
        {
            if (properties.TryGetValue(child.Key, out var property)) UnknownKeys(child, property.PropertyType, failures);
            else
                failures.Add(
                    $"Setting {child.Path} is not a setting of {node.Path}; its settings are {string.Join(", ", properties.Keys)}.");
        }
    }

    private static void Annotations(object value, string path, List<string> failures)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true);
        foreach (var result in results)
        {
            var members = result.MemberNames.DefaultIfEmpty("").ToList();
            foreach (var member in members)
            {
                var key = member.Length == 0 ? path : $"{path}:{member}";
                var shown = member.Length == 0 ? null : value.GetType().GetProperty(member)?.GetValue(value);
                failures.Add(member.Length == 0
                    ? $"Setting {key} is not allowed: {result.ErrorMessage}."
                    : $"Setting {key} = '{Show(shown)}' is not allowed: {result.ErrorMessage}.");
            }
        }
        foreach (var property in Settable(value.GetType()).Where(p => !IsLeaf(p.PropertyType)))
        {
            var inner = property.GetValue(value);
            if (inner is null || inner is IDictionary) continue;
            if (inner is IEnumerable items)
            {
                var i = 0;
                foreach (var item in items)
                {
                    if (item is not null && !IsLeaf(item.GetType())) Annotations(item, $"{path}:{property.Name}:{i}", failures);
                    i++;
                }
            }
            else Annotations(inner, $"{path}:{property.Name}", failures);
        }
    }

    private static IEnumerable<PropertyInfo> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0);

    private static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan)
        || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(Uri)
        || Nullable.GetUnderlyingType(type) is not null;

    private static Type? ElementType(Type type)
    {
        if (type.IsArray) return type.GetElementType();
        return type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[0] : null;
    }

    private static string Show(object? value) => value switch
    {
        null => "",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
