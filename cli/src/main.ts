// Placeholder replaced by the CLI implementation.
console.log("certdesk");
