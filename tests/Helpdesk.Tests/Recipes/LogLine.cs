using Microsoft.Extensions.Logging;

namespace Helpdesk.Tests.Recipes;

public sealed record LogLine(string Category, LogLevel Level, string Message);
