### Qazstep — English. Same ids and variables as kk.ftl and ru.ftl (the tests check it).
### Syntax: a strict subset of Project Fluent, see README.md beside this file.
### Messages are the core's MessageId codes; each is one line the user can act on.
### Options are lettered as on the test sheet (A, B, C…); prompts and positions are from 1.

## The app driver and events

bad_event = This action was not understood. Try again; if it repeats, restart the app.
event_not_here = This action is not available on this screen. Use the buttons shown on it.
request_refused = This request cannot be completed. Check what you entered and try again.

## Onboarding and profile

language_unknown = The app has no language “{ $language }”. Choose Kazakh (kk), Russian (ru) or English (en).
policy_not_accepted = Accept the privacy policy to continue: nothing is saved until you do.
policy_version_unknown = There is no version { $version } of the privacy policy. Open the policy shown in the app and accept it.
iin_length = An IIN has 12 digits, but you entered { $count }. Check the number.
iin_not_digits = An IIN has only digits, but character { $position } is not a digit. Remove it.
iin_check_digit = No such IIN exists: a digit is probably mistyped. Check the number against your identity document.
iin_unusable_prefix = No IIN starts with these 11 digits: one of them is probably mistyped. Check the number against your identity document.
name_invalid = A name has at most { $max } characters and no special characters such as line breaks. Shorten or correct it.
role_unknown = “{ $role }” is not a role here. Choose student or teacher.
subject_unknown = There is no subject “{ $subject }” in the question bank. Choose a subject from the list.
subject_repeated = “{ $subject }” is chosen twice. Choose each subject once.
subjects_not_allowed = { $count ->
        [0] “{ $blueprint }” has no choice of subjects: start it without choosing any.
       *[other] This choice of subjects is not offered by “{ $blueprint }”: choose { $count } { $count ->
            [one] subject
           *[other] subjects
        } from one of the allowed combinations.
    }
exam_date_invalid = “{ $date }” is not a date. Enter it as YYYY-MM-DD, for example 2026-06-20.
exam_date_past = The exam date has already passed. Enter today’s date or a later one.
minutes_out_of_range = Daily study time must be between { $min } and { $max } minutes. Choose a value in this range.
profile_missing = There is no profile yet. Fill in your profile first.

## Exams

blueprint_unknown = There is no exam format “{ $blueprint }”. Choose an exam from the list.
category_unknown = “{ $category }” is not a qualification category of “{ $blueprint }”. Choose a category from the list.
exam_language_not_held = The exam “{ $blueprint }” is not held in { $language ->
        [kk] Kazakh
        [ru] Russian
        [en] English
       *[other] “{ $language }”
    }. Choose one of its languages: { $languages }.
bank_too_small = The question bank is short of questions for “{ $blueprint }” in { $language ->
        [kk] Kazakh
        [ru] Russian
        [en] English
       *[other] “{ $language }”
    } (in { $slots } { $slots ->
        [one] part
       *[other] parts
    } of the exam). Import more questions or choose another language.
position_out_of_range = There is no question { $position }. Choose a number from 1 to { $max }.
option_out_of_range = There is no option “{ $option }”: this question has { $options } { $options ->
        [one] option
       *[other] options
    }; choose one of them.
response_one_option = This question has one correct answer: choose only one option.
option_repeated = Option “{ $option }” is chosen twice. Choose each option once.
prompt_out_of_range = There is no item { $prompt } to match: this question has { $prompts } { $prompts ->
        [one] item
       *[other] items
    } on the left, numbered from 1.
prompt_repeated = Item { $prompt } is matched twice. Match each item once.
response_wrong_shape = { $kind ->
        [matching] This is a matching question: pair each item on the left with an option.
        [single] This question takes one chosen option, not pairs.
       *[other] This question takes chosen options, not pairs.
    }
response_empty = No option is chosen. Choose at least one option.
response_unreadable = The answer could not be read. Choose options by their letters (B, or A,D), a matching task by pairs (1:C,2:A).
attempt_not_found = This exam attempt was not found. Choose an attempt from the list.
already_submitted = This exam has already been submitted: its answers can no longer be changed. Open its results.
time_up = Time is up: the exam was submitted automatically and scored. See your results.
not_submitted_yet = This exam is not submitted yet, so it has no results. Finish and submit it first.
no_unfinished_exam = There is no unfinished exam to continue. Start a new one.
aid_not_offered = { $aid ->
        [calculator] This exam has no calculator.
        [periodic_table] This exam has no periodic table.
        [solubility_table] This exam has no solubility table.
       *[other] This exam does not offer “{ $aid }”.
    }
calculator_invalid = The calculator cannot evaluate this expression. Check it and try again.
calculator_division_by_zero = Division by zero. Change the expression.
review_filter_unknown = “{ $filter }” is not a review filter. Choose all, wrong or flagged.
review_nothing = No questions match this filter. Choose another filter.

## Practice

practice_count_range = A practice session has { $min } to { $max } questions. Choose a number in this range.
topic_unknown = There is no topic “{ $topic }” in “{ $subject }”. Choose a topic from the list.
practice_nothing = There are no practice questions for “{ $subject }” in { $language ->
        [kk] Kazakh
        [ru] Russian
        [en] English
       *[other] “{ $language }”
    }. Choose another subject or language.
no_mistakes = There are no mistakes to review yet. Practise or take a mock exam first.
practice_not_found = This practice session was not found. Start a new one.
practice_already_answered = You have already answered this question, and the first answer counts. Go on to the next question.

## Privacy, keys and storage

erase_not_confirmed = Confirm that you want to erase all your data: this cannot be undone.
key_unavailable = Your data cannot be opened right now (the phone may be locked). Unlock the phone and try again.
key_lost = The key that protected your data is gone, so the data can no longer be read. Erase it and start again; the questions are kept.
data_damaged = Part of your data is damaged and cannot be read ({ $table }.{ $field }, record { $record }). Remove it to continue, and please report this to us.
file_damaged = A data file of the app is damaged and cannot be read. Remove it to continue, and please report this to us.
records_damaged = { $count } damaged records cannot be read. The rest of your data is fine; the damaged ones can be removed.
content_set_aside = The question file was damaged: it was kept aside as “{ $aside }” and the built-in questions were restored. Import again the packs you imported yourself.
content_db_damaged = The question file ({ $file }) is damaged. Restart the app: the file will be set aside and rebuilt from the built-in questions; your answers are not affected.
user_db_damaged = The personal data file ({ $file }) is damaged: your answers and profile cannot be read. You can erase them and start again; the questions are kept.
storage_full = The phone’s storage is full; nothing was lost. Free up some space and try again.
storage_read_only = The app cannot save: its storage is read-only. Check the phone’s storage and restart the app.
schema_too_new = Your data was saved by a newer version of the app. Update the app to open it.
storage_failed = The data could not be saved or read. Try again; if it keeps failing, restart the app.
internal_error = Something went wrong in the app. Restart it and please report the problem to us.
file_unreadable = The file “{ $file }” cannot be read. Check that it exists and that the app may open it.
pack_invalid = This is not a valid question pack: { $count } { $count ->
        [one] problem
       *[other] problems
    } found. Nothing was imported.
pack_conflict = This pack conflicts with the questions already installed; nothing was imported. Check the pack’s version.
media_not_found = A picture for this question is missing. Import the question pack again.

## The privacy policy, point by point (the onboarding and privacy screens)

policy_collects = What is collected: the IIN (optional), for the app's functions; also your name, subjects, exam date, answers and results.
policy_purpose = What for: only to provide the app's educational content and functions.
policy_sealed = How it is kept: encrypted on this device, with its key held by the phone's secure keystore; nothing is sent anywhere.
policy_no_third_parties = Personal data is not passed to third parties.
policy_rights = Your rights: to get your data (export), to correct it, to erase it, and to withdraw your consent (which erases everything).
policy_changes = Changes to the policy are published in the app and shown to you for acceptance.
notice_not_official = Qazstep is not an official service of the state bodies of the Republic of Kazakhstan; its information is for education only.
notice_sources = All questions are compiled from open sources and Kazakhstan's curricula.

### ---- Interface labels: screens and terminal commands (not codes of the core) ----
### Ids are named by screen or command. Option letters (A, B, C…) are Latin, as on the test sheet.

## Common

language_name_kk = Kazakh
language_name_ru = Russian
language_name_en = English
language_autonym_kk = Қазақша
language_autonym_ru = Русский
language_autonym_en = English
role_student = student
role_teacher = teacher
confirm_yes = yes
confirm_no = no
confirm_invalid = Answer “{ $yes }” or “{ $no }”.
cmd_quit = quit
command_unknown = Unknown command “{ $command }”. Type one of the commands shown.
time_left_minutes = { $minutes } min left
time_left_seconds = { $seconds } s left
question_number = Question { $position }
question_media = [figure: { $alt }]
question_media_no_alt = [figure]
question_kind_single = choose one correct answer
question_kind_multiple = choose one or more correct answers
question_kind_matching = match each number to a letter

## Onboarding

onboarding_language_title = Choose the language
onboarding_language_prompt = Number of the language
policy_title = Privacy policy (version of { $version })
policy_updated = The policy has changed: you accepted the version of { $accepted } before.
policy_operator = Contact about personal data: { $email }, { $address }
policy_accept_prompt = Do you accept the policy?
policy_declined = The policy was not accepted: nothing is stored.
form_title = Profile
form_hint = Enter keeps the value in brackets, “-” clears it.
form_role_prompt = Who are you
form_name_prompt = Name (optional)
form_iin_prompt = IIN (optional, 12 digits)
form_subjects_title = Subjects:
form_subjects_prompt = Number of your choice
form_exam_date_prompt = Exam date (YYYY-MM-DD, optional)
form_choose_number = Type one of the numbers listed.
recovery_title = The data cannot be opened
recovery_cmd_retry = retry
recovery_cmd_erase = erase the personal data and start afresh
recovery_cmd_remove = remove the unreadable records (the rest stays)
recovery_erase_confirm = All personal data will be erased for good. Continue?

## The test

exam_position = Question { $position } of { $total }
exam_time_left = Time left: { $time }
exam_answered = Answered: { $answered } of { $total }
exam_flagged_count = Flagged: { $count }
exam_flagged = flagged
exam_your_answer = Your answer: { $answer }
exam_no_answer = none
exam_partial = incomplete
exam_cmd_answer = Answer: B · several answers: A,D · matching: 1B,2D
exam_cmd_next = next
exam_cmd_previous = previous
exam_cmd_go_to = go to question { $position }
exam_cmd_flag = flag or unflag
exam_cmd_clear = clear the answer
exam_cmd_palette = list of questions
exam_cmd_submit = finish the test
exam_cmd_quit = quit (the clock keeps running)
exam_cmd_help = help
exam_left = Your answers are saved; the clock keeps running. To continue: { $command }
answer_unreadable = Write the answer in letters: B; several answers: A,D; matching: 1B,2D.
palette_title = Questions
palette_legend = ● answered · ◐ in part · ○ unanswered · ⚑ flagged · > the question on screen
aid_calculator = Calculator
aid_calculator_hint = type an expression after =, e.g. = 12*4
aid_periodic_table = Periodic table
aid_solubility_table = Solubility table
solubility_soluble_mark = S
solubility_slightly_soluble_mark = M
solubility_insoluble_mark = I
solubility_decomposes_mark = —
solubility_legend = S soluble · M slightly soluble · I insoluble · — decomposes in water or does not exist
submit_title = Finishing the test
submit_unanswered = Unanswered: { $count }
submit_partial = Of them, matching answered in part: { $count }
submit_flagged = Flagged: { $count }
submit_prompt = Finish the test? Answers cannot be changed afterwards.

## Result and review

report_title = Result
report_auto_submitted = Time ran out: the test was finished automatically.
report_total = Total: { $total } / { $max }
report_section_min_met = minimum { $min }: met
report_section_min_not_met = minimum { $min }: not met
report_thresholds = Thresholds
report_categories = Qualification categories
report_threshold_met = met
report_threshold_not_met = not met
report_category_reached = Category reached: { $name }
report_category_none = No category's minimum was met.
report_category_target = Category aimed at: { $name }
report_cmd_review = review
report_cmd_review_wrong = review the mistakes only
review_title = Review
review_position = Question { $position } ({ $index } of { $count } in the list)
review_correct_answer = Correct answer: { $answer }
review_points = Points: { $points } of { $max }
review_explanation = Explanation
review_source = Source: { $source }
review_by_topic = By topic
review_cmd_go_to = go to a question
review_cmd_report = back to the result

## Terminal commands

app_now_invalid = --now takes an RFC 3339 time such as { $example }, not “{ $text }”.
profile_iin = IIN: { $iin }
profile_name = Name: { $name }
profile_role = Role: { $role }
profile_interface_language = Interface language: { $language }
profile_exam_language = Test language: { $language }
profile_subjects = Subjects: { $subjects }
profile_exam_date = Exam date: { $date }
profile_daily_minutes = Study a day: { $minutes } min
profile_policy_accepted = Privacy policy accepted (version of { $version }).
profile_policy_not_accepted = The privacy policy is not accepted yet.
profile_none = No profile yet. Create one: { $command }
blueprint_line = { $name } ({ $blueprint }): { $questions } { $questions ->
        [one] question
       *[other] questions
    }, { $minutes } min
blueprint_extra = extra time: { $minutes } min
exam_started = { $questions } { $questions ->
        [one] question
       *[other] questions
    }, { $minutes } min. Take the test: { $command }
exam_show_hint = To answer: { $command }
exam_answer_saved = Answer to question { $position } saved: { $answer }. Answered { $answered } of { $total }, { $time }.
exam_answer_cleared = The answer to question { $position } was cleared.
exam_flag_set = Question { $position } flagged.
exam_flag_removed = Question { $position } unflagged.
exam_list_empty = No tests yet. Start one: { $command }
exam_list_open = open, { $time }
exam_list_submitted = submitted, { $total } of { $max } points
practice_title = Practice: { $count } { $count ->
        [one] question
       *[other] questions
    }
practice_mistakes_title = Mistakes review: { $count } { $count ->
        [one] question
       *[other] questions
    }
practice_answer_hint = To answer: { $command }
practice_correct = Correct!
practice_wrong = Wrong.
progress_none = No answers yet.
progress_total = Correct answers: { $correct } of { $answered }
pack_all_valid = Packs checked: { $count }, no problems.
pack_validate_problems = The packs have { $count } { $count ->
        [one] problem
       *[other] problems
    }, listed above (file: JSON path: problem).
pack_import_problems = The packs have { $count } { $count ->
        [one] problem
       *[other] problems
    }; nothing was imported. They are listed below (file: JSON path: problem).
pack_import_installed = { $pack } v{ $version }: installed ({ $questions } { $questions ->
        [one] question
       *[other] questions
    })
pack_import_upgraded = { $pack } v{ $version }: upgraded from v{ $from } ({ $questions } { $questions ->
        [one] question
       *[other] questions
    })
pack_import_unchanged = { $pack } v{ $version }: already installed, nothing changed
pack_import_retired = { $count } retired
pack_list_empty = No packs installed.
pack_list_counts = { $questions } { $questions ->
        [one] question
       *[other] questions
    }, { $contexts } shared { $contexts ->
        [one] text
       *[other] texts
    }
score_case_problems = The scoring case “{ $file }” has problems, listed below (file: JSON path: problem).
export_written = Personal data written to “{ $file }”.
wipe_needs_yes = wipe erases all personal data and its key; to confirm: { $command }
wipe_done = All personal data and its key were erased; the questions stay.
repair_done = Records removed: { $count }; everything else stays.
repair_hint = To remove them (everything else stays): { $command }
repair_record = { $table }.{ $field }, record { $record }
repair_found = Records that cannot be read: { $count }.
repair_none = No damaged records.
key_rotated = Data key replaced; every personal value re-sealed.
demo_title = Qazstep demo (seed { $seed })
demo_summary = Questions loaded: { $questions }. The simulated student answered { $answered } of { $total }.
demo_dir_not_empty = “{ $dir }” already holds Qazstep data; the demo needs an empty directory.

## The terminal's files and key

io_not_found = no such file or directory
io_permission_denied = permission denied
io_read_only = read-only file system
io_storage_full = no space left on the disk
io_not_a_directory = a part of the path is not a directory
io_already_exists = the file already exists
cli_data_dir_cannot_create = Cannot create the data directory “{ $dir }”: { $reason }. Choose another with --data-dir.
cli_data_dir_missing_file = Cannot open the data directory “{ $dir }”: a file or directory in it is missing.
cli_cannot_read_input = Cannot read the input: { $reason }.
cli_cannot_write_output = Cannot write the output: { $reason }.
cli_cannot_write_file = Cannot write “{ $file }”: { $reason }.
cli_key_env_invalid = { $env } must hold exactly 64 hex digits.
cli_key_file_damaged = The key file “{ $file }” is damaged: it must hold exactly 64 hex digits.
cli_key_file_missing = The key file “{ $file }” is missing, so the personal data in this directory cannot be opened; the questions work. If you keep the key elsewhere, set { $env }; otherwise `{ $command }` erases the unreadable data and starts afresh.
cli_key_file_not_private = Other users can read the key file “{ $file }” (mode { $mode }) and it cannot be made private: { $reason }. Run chmod 600 on it.
cli_key_file_unreadable = Cannot read the key file “{ $file }”: { $reason }.
cli_key_file_unwritable = Cannot write the key file “{ $file }”: { $reason }.
cli_key_mismatch = This key does not open the data in “{ $dir }” (wrong key); nothing was changed. Check { $env } or { $file }.
cli_record_damaged = One record of your data is damaged and cannot be read ({ $table }.{ $field }, record { $record }); the rest reads. `{ $command }` removes just that record.
cli_key_not_removed = The personal data was erased, but its key file “{ $file }” could not be removed: { $reason }.
cli_attempt_damaged = { $attempt }  damaged, cannot be read (remove it: { $command })
cli_content_set_aside = The question file “{ $file }” was damaged: it was kept aside as “{ $aside }” and the built-in questions were restored. Import again the packs you imported yourself.
cli_content_db_damaged = The question file “{ $file }” is damaged. Run the command again: the file will be set aside and rebuilt from the built-in questions; your answers are not affected.
cli_user_db_damaged = “{ $file }” is damaged: your answers and profile cannot be read; the questions work. `{ $command }` starts afresh with an empty profile (the questions stay).
cli_key_file_damaged_lost = The key file “{ $file }” is damaged, so the personal data cannot be opened; the questions work. `{ $command }` erases the unreadable data and starts afresh.
