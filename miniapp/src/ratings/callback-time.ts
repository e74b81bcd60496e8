/** `2026-09-29 09:30` read as China time (UTC+8) → ISO instant: what a clerk picks on the callback form. */
export function chinaDateTimeToIso(local: string): string {
  const [date, time = '00:00'] = local.trim().split(' ');
  return new Date(`${date}T${time}:00+08:00`).toISOString();
}
