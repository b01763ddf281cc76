#!/usr/bin/env bash
# Make the demo audio and WebVTT transcripts for the default feed.
#
# The audio is synthetic: espeak-ng reads a short script we wrote ourselves.
# It is NOT the real podcast, and no real person's voice or words are used.
#
# Run from the repo root (or anywhere):
#   bash packages/default-feed/scripts/make-demo-audio.sh
#
# Needs: espeak-ng, sox (built with MP3 support, or lame), soxi, opusenc.
# On Debian: apt-get install -y espeak-ng sox libsox-fmt-mp3 opus-tools
#
# For each episode it writes to packages/default-feed/src/media/:
#   <id>.opus  Ogg Opus, mono, 24 kbit/s
#   <id>.mp3   MP3, mono, 22050 Hz, 24 kbit/s
#   <id>.vtt   WebVTT transcript with <v Speaker> tags, cue times from the audio
# Then it prints the duration, byte sizes and chapter starts to copy into
# src/feed-data.ts. Chapter starts fall on whole seconds by design.
#
# With the same tool versions the output is byte-for-byte the same (sox -R
# fixes its dither, opusenc --serial fixes the stream number). Other espeak-ng
# or encoder versions can change the timing or sizes a little, so always copy
# the printed numbers into src/feed-data.ts after you run this script.

set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
media="$here/../src/media"
rate=22050          # espeak-ng's native sample rate
speed=155           # words per minute: a little slower than the default 175
bitrate=24          # kbit/s for both Opus and MP3

for tool in espeak-ng sox soxi opusenc; do
  command -v "$tool" >/dev/null || { echo "Missing tool: $tool" >&2; exit 1; }
done
if sox -h 2>/dev/null | grep -q 'FILE FORMATS:.* mp3'; then
  mp3_with=sox
elif command -v lame >/dev/null; then
  mp3_with=lame
else
  echo "Need sox with MP3 support (libsox-fmt-mp3) or lame." >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$media"

# Speaker name -> espeak-ng voice and pitch. Speakers are generic on purpose.
voice_for() {
  case "$1" in
    "Narrator")     echo "en-gb-x-rp 45" ;;
    "Demo voice 1") echo "en-gb+f3 55" ;;
    "Demo voice 2") echo "en-gb-x-gbclan 35" ;;
    *) echo "Unknown speaker: $1" >&2; exit 1 ;;
  esac
}

# Seconds (from a sample count) as a WebVTT time stamp, hh:mm:ss.mmm
vtt_time() {
  awk -v s="$1" -v r="$rate" 'BEGIN {
    ms = int(s * 1000 / r + 0.5)
    printf "%02d:%02d:%02d.%03d", int(ms / 3600000), int(ms / 60000) % 60, int(ms / 1000) % 60, ms % 1000
  }'
}

silence() { # $1 = samples, $2 = output file
  # The format options go before -n so the sample count is at $rate.
  sox -q -R -r "$rate" -c 1 -b 16 -n "$2" trim 0 "${1}s"
}

# Script lines:
#   #chapter Title                  starts a chapter (on the next whole second)
#   Speaker|Caption text            a sentence, spoken as written
#   Speaker|Caption text|Spoken     a sentence, spoken differently from the caption
make_episode() {
  local id="$1" script="$2"
  local dir="$work/$id" n=0 pos=0 lead tail pieces=() chapters="" pending_chapter=""
  mkdir -p "$dir"
  lead=$((rate * 3 / 10))                 # 0.3 s of silence at the start
  silence "$lead" "$dir/lead.wav"; pieces+=("$dir/lead.wav"); pos=$lead

  {
    echo "WEBVTT"
    echo
    echo "NOTE"
    echo "Synthetic demo audio made with espeak-ng for the SPF wellbeing widgets."
    echo "It is not the real podcast. Speakers are generic demo voices."
    echo
  } > "$dir/out.vtt"

  local last_speaker=""
  while IFS= read -r line; do
    [ -z "$line" ] && continue
    if [[ "$line" == "#chapter "* ]]; then
      pending_chapter="${line#\#chapter }"
      continue
    fi
    local speaker caption spoken v p gap start len
    IFS='|' read -r speaker caption spoken <<< "$line"
    spoken="${spoken:-$caption}"
    read -r v p <<< "$(voice_for "$speaker")"
    n=$((n + 1))

    # Speak, trim the silence espeak-ng adds at each end, level the volume.
    espeak-ng -v "$v" -p "$p" -s "$speed" -w "$dir/raw$n.wav" "$spoken"
    sox -q -R "$dir/raw$n.wav" -r "$rate" -c 1 -b 16 "$dir/s$n.wav" \
      silence 1 0.02 0.5% reverse silence 1 0.02 0.5% reverse gain -n -3

    # Gap before this sentence: none for the first, 0.35 s within a speaker,
    # 0.7 s on a change of speaker, and up to the next whole second (at least
    # 0.6 s) when a chapter starts, so chapter starts are whole seconds.
    if [ "$n" -eq 1 ]; then
      gap=0
    elif [ -n "$pending_chapter" ]; then
      gap=$(( ( (pos + rate * 6 / 10 + rate - 1) / rate ) * rate - pos ))
    elif [ "$speaker" != "$last_speaker" ]; then
      gap=$((rate * 7 / 10))
    else
      gap=$((rate * 35 / 100))
    fi
    if [ "$gap" -gt 0 ]; then
      silence "$gap" "$dir/g$n.wav"; pieces+=("$dir/g$n.wav"); pos=$((pos + gap))
    fi
    if [ -n "$pending_chapter" ]; then
      # The first chapter starts at 0, before the lead-in silence.
      local chapter_start=$(( n == 1 ? 0 : pos / rate ))
      chapters+="    { start: $chapter_start, title: \"$pending_chapter\" },"$'\n'
      pending_chapter=""
    fi

    start=$pos
    len=$(soxi -s "$dir/s$n.wav")
    pieces+=("$dir/s$n.wav"); pos=$((pos + len))
    printf '%s --> %s\n<v %s>%s\n\n' "$(vtt_time "$start")" "$(vtt_time "$pos")" "$speaker" "$caption" >> "$dir/out.vtt"
    last_speaker="$speaker"
  done <<< "$script"

  tail=$((rate / 2))                      # 0.5 s of silence at the end
  silence "$tail" "$dir/tail.wav"; pieces+=("$dir/tail.wav")
  sox -q -R "${pieces[@]}" "$dir/full.wav"

  local title="Demo audio: $id"
  opusenc --quiet --bitrate "$bitrate" --serial 1 \
    --title "$title" --artist "SPF wellbeing widgets (synthetic demo voice)" \
    --comment "DESCRIPTION=Synthetic demo recording made with espeak-ng. Not the real podcast." \
    "$dir/full.wav" "$media/$id.opus"
  if [ "$mp3_with" = sox ]; then
    sox -q -R "$dir/full.wav" -C "$bitrate" "$media/$id.mp3"
  else
    lame --quiet --cbr -b "$bitrate" -m m --tt "$title" "$dir/full.wav" "$media/$id.mp3"
  fi
  # Strip the trailing blank line so the file ends with one newline.
  sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' "$dir/out.vtt" > "$media/$id.vtt"

  local seconds
  seconds=$(awk -v s="$(soxi -s "$dir/full.wav")" -v r="$rate" 'BEGIN { printf "%.2f", s / r }')
  echo "== $id"
  echo "  duration: $seconds s (feed: $(printf '%.0f' "$seconds")); mp3 reads as $(soxi -D "$media/$id.mp3") s"
  echo "  bytes: opus $(stat -c %s "$media/$id.opus"), mp3 $(stat -c %s "$media/$id.mp3"), vtt $(stat -c %s "$media/$id.vtt")"
  echo "  chapters:"
  printf '%s' "$chapters"
}

make_episode "bullying-harassment-part-1" "
#chapter About this demo
Narrator|This is a short demo recording for the SPF wellbeing widgets.
Narrator|It is not the real podcast.
Narrator|It stands in for part 1 of a series on bullying and harassment.
#chapter Why bullying matters
Demo voice 1|Bullying harms staff, and it harms patient care too.
Demo voice 1|In the real podcast, 3 guests talk about the problems the NHS faces.|In the real podcast, three guests talk about the problems the NHS faces.
#chapter Tackling it together
Demo voice 2|They also look at how employers and trade unions can tackle them together.
Narrator|You can find guides and toolkits on this topic in the resource list.
"

make_episode "bullying-harassment-part-2" "
#chapter About this demo
Narrator|This is a short demo recording for the SPF wellbeing widgets.
Narrator|It is not the real podcast.
Narrator|It stands in for part 2 of the series on bullying and harassment.
#chapter The cultural ambassadors project
Demo voice 1|This part is about Birmingham and Solihull Mental Health Foundation Trust.
Demo voice 1|The trust set up a cultural ambassadors project.
Demo voice 1|In 2016, the project was a finalist for an HPMA partnership award.|In twenty sixteen, the project was a finalist for an H P M A partnership award.
#chapter Learning from it
Demo voice 2|Other trusts can learn from projects like this.
Narrator|You can find more on this topic in the resource list.
"

make_episode "partnership-working-hswg-chairs" "
#chapter About this demo
Narrator|This is a short demo recording for the SPF wellbeing widgets.
Narrator|It is not the real podcast.
Narrator|It stands in for a talk with the 2 chairs of a national NHS partnership group.|It stands in for a talk with the two chairs of a national NHS partnership group.
#chapter Why partnership working matters
Demo voice 1|The talk covers what good partnership working looks like, and why it matters.
Demo voice 1|Employers and trade unions get better results when they work together.
#chapter The group's guidance
Demo voice 2|The group writes guidance for NHS managers.
Demo voice 2|It covers sickness absence, stress, back pain and health and safety standards.
Narrator|You can find this guidance in the resource list.
"
