/**
 * Governed issue changes in the browser: a vendor proposes a new due date; the ICT center approves it.
 */
test.todo('as a vendor propose a due-date change on an issue, then as the ICT center approve it (waiting for the issue register\'s proposal and approval UI to land; the web part is a read-only register today)');
