#pragma once
// Qt's own messages that tell the person at the terminal nothing they can act on are left out;
// everything else still reaches standard error as before.
//
// Drawn text in a script the first font lacks (Bengali, Gurmukhi or Urdu in a DejaVu Sans title)
// makes Qt warn "OpenType support missing for ..., script N" once per script and font, although
// the text is drawn correctly from a fallback font. A command-line export of a model with such
// titles would otherwise print a screenful of them.

namespace el {

// Installs the filter in front of whatever message handler is current. Call once, early.
void quietenQtMessages();

} // namespace el
