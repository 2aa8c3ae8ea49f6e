// Package runtime executes a compiled plan directory: exactly the reviewed SQL, batch by batch,
// with checkpoints that commit in the same target transaction as the rows they describe.
//
// Contract:
//   - Run verifies every file of the plan against plan.json before it connects, checks the
//     parameters against their declared types, and compares the live schemas with the plan's
//     fingerprints before it writes anything. It never compiles and never imports the compiler;
//     the only SQL it sends is the plan's, plus the data transport that loads a batch's source
//     rows into the plan's stage table when source and target are different servers.
//   - A batch and its checkpoint commit together. A crash, a kill or a lost connection at any
//     instant loses nothing and duplicates nothing: a resume starts after the last committed
//     batch, and a COMMIT whose outcome is unknown is settled by reading the checkpoint back
//     once the batch's transaction has ended on the server.
//   - Passwords never appear in logs, status output, the audit table or error messages.
package runtime
