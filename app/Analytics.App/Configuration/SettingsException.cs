namespace Analytics.App.Configuration;

/// <summary>A setting that stops start-up (or a verb): its message is one sentence naming the key,
/// the value found and what is allowed, so an operator can fix appsettings.json or the environment.</summary>
internal sealed class SettingsException(string message) : Exception(message);
