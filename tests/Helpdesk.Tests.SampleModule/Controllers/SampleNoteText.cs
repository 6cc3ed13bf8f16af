using System.Text;
using Helpdesk.Tests.SampleModule.Models;

namespace Helpdesk.Tests.SampleModule.Controllers;

/// <summary>Writes notes one per line, <c>id: text</c>, so tests can read a page without parsing HTML.</summary>
public static class SampleNoteText
{
    public static string Format(IEnumerable<SampleNote> notes)
    {
        var text = new StringBuilder();
        foreach (var note in notes)
        {
            text.Append(note.Id).Append(": ").Append(note.Text).Append('\n');
        }

        return text.ToString();
    }
}
