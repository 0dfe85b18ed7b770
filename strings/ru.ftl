### Qazstep — русский. Те же id и переменные, что в kk.ftl и en.ftl (это проверяют тесты).
### Синтаксис: строгое подмножество Project Fluent, см. README.md рядом с этим файлом.
### Сообщения — коды MessageId ядра; каждое — одна строка, по которой пользователь может действовать.
### Варианты — буквами, как в бланке теста (A, B, C…); пункты и вопросы нумеруются с 1.

## Драйвер приложения и события

bad_event = Действие не распознано. Попробуйте ещё раз; если ошибка повторится, перезапустите приложение.
event_not_here = На этом экране такое действие недоступно. Воспользуйтесь кнопками на экране.
request_refused = Запрос не выполнен. Проверьте введённые данные и попробуйте снова.

## Начало работы и профиль

language_unknown = В приложении нет языка «{ $language }». Выберите казахский (kk), русский (ru) или английский (en).
policy_not_accepted = Чтобы продолжить, примите политику конфиденциальности: до этого ничего не сохраняется.
policy_version_unknown = Редакции политики конфиденциальности от { $version } не существует. Откройте политику, показанную в приложении, и примите её.
iin_length = ИИН состоит из 12 цифр, а вы ввели { $count } { $count ->
        [one] цифру
        [few] цифры
       *[many] цифр
    }. Проверьте номер.
iin_not_digits = ИИН состоит только из цифр, а { $position }-й символ — не цифра. Удалите его.
iin_check_digit = Такого ИИН не существует: вероятно, одна из цифр введена с ошибкой. Сверьте номер с документом.
iin_unusable_prefix = ИИН с такими первыми 11 цифрами не существует: вероятно, одна из цифр введена с ошибкой. Сверьте номер с документом.
name_invalid = Имя должно быть не длиннее { $max } { $max ->
        [one] символа
       *[many] символов
    } и не должно содержать служебных символов, например переноса строки. Сократите или исправьте его.
role_unknown = «{ $role }» — неизвестная роль. Выберите: ученик или учитель.
subject_unknown = Предмета «{ $subject }» нет в банке вопросов. Выберите предмет из списка.
subject_repeated = Предмет «{ $subject }» выбран дважды. Выберите каждый предмет один раз.
subjects_not_allowed = { $count ->
        [0] В тесте «{ $blueprint }» предметы не выбираются: начните его без выбора предметов.
       *[other] Такой выбор предметов не предусмотрен тестом «{ $blueprint }»: выберите { $count } { $count ->
            [one] предмет
            [few] предмета
           *[many] предметов
        } по одной из разрешённых комбинаций.
    }
exam_date_invalid = Дата «{ $date }» не распознана. Введите её в формате ГГГГ-ММ-ДД, например 2026-06-20.
exam_date_past = Дата экзамена уже прошла. Укажите сегодняшнюю или более позднюю дату.
minutes_out_of_range = Время занятий в день — от { $min } до { $max } { $max ->
        [one] минуты
       *[many] минут
    }. Выберите значение в этих пределах.
profile_missing = Профиль ещё не заполнен. Сначала заполните профиль.

## Тесты

blueprint_unknown = Формата теста «{ $blueprint }» нет. Выберите тест из списка.
category_unknown = «{ $category }» — не квалификационная категория теста «{ $blueprint }». Выберите категорию из списка.
exam_language_not_held = Тест «{ $blueprint }» не проводится { $language ->
        [kk] на казахском языке
        [ru] на русском языке
        [en] на английском языке
       *[other] на языке «{ $language }»
    }. Выберите один из его языков: { $languages }.
bank_too_small = В банке не хватает вопросов для теста «{ $blueprint }» { $language ->
        [kk] на казахском языке
        [ru] на русском языке
        [en] на английском языке
       *[other] на языке «{ $language }»
    } (в { $slots } { $slots ->
        [one] части
       *[many] частях
    } теста). Импортируйте ещё вопросы или выберите другой язык.
position_out_of_range = Вопроса № { $position } нет. Выберите номер от 1 до { $max }.
option_out_of_range = Варианта «{ $option }» нет: у этого вопроса { $options } { $options ->
        [one] вариант
        [few] варианта
       *[many] вариантов
    } ответа, выберите один из них.
response_one_option = В этом вопросе один правильный ответ: выберите только один вариант.
option_repeated = Вариант «{ $option }» выбран дважды. Выберите каждый вариант один раз.
prompt_out_of_range = Пункта { $prompt } нет: в этом задании на соответствие слева { $prompts } { $prompts ->
        [one] пункт
        [few] пункта
       *[many] пунктов
    } с нумерацией от 1.
prompt_repeated = Пункт { $prompt } сопоставлен дважды. Сопоставьте каждый пункт один раз.
response_wrong_shape = { $kind ->
        [matching] Это задание на соответствие: сопоставьте каждому пункту слева вариант ответа.
        [single] В этом вопросе нужно выбрать один вариант ответа, а не пары.
       *[other] В этом вопросе нужно выбрать варианты ответа, а не пары.
    }
response_empty = Ни один вариант не выбран. Выберите хотя бы один вариант ответа.
response_unreadable = Не удалось разобрать ответ. Укажите варианты буквами (B или A,D), соответствие — парами (1:C,2:A).
attempt_not_found = Такая попытка не найдена. Выберите попытку из списка.
already_submitted = Этот тест уже завершён: ответы изменить нельзя. Откройте его результаты.
time_up = Время вышло: тест завершён автоматически и проверен. Посмотрите результаты.
not_submitted_yet = Тест ещё не завершён, поэтому результатов нет. Сначала завершите его.
no_unfinished_exam = Незавершённого теста нет. Начните новый.
aid_not_offered = { $aid ->
        [calculator] Калькулятор в этом тесте не предусмотрен.
        [periodic_table] Таблица Менделеева в этом тесте не предусмотрена.
        [solubility_table] Таблица растворимости в этом тесте не предусмотрена.
       *[other] «{ $aid }» в этом тесте не предусмотрено.
    }
calculator_invalid = Калькулятор не может вычислить это выражение. Проверьте его и попробуйте снова.
calculator_division_by_zero = Деление на ноль. Измените выражение.
review_filter_unknown = «{ $filter }» — неизвестный фильтр разбора. Выберите: все, с ошибками или отмеченные.
review_nothing = Под этот фильтр не подходит ни один вопрос. Выберите другой фильтр.

## Тренировка

practice_count_range = В тренировке может быть от { $min } до { $max } { $max ->
        [one] вопроса
       *[many] вопросов
    }. Выберите число в этих пределах.
topic_unknown = В предмете «{ $subject }» нет темы «{ $topic }». Выберите тему из списка.
practice_nothing = Для предмета «{ $subject }» нет вопросов для тренировки { $language ->
        [kk] на казахском языке
        [ru] на русском языке
        [en] на английском языке
       *[other] на языке «{ $language }»
    }. Выберите другой предмет или язык.
no_mistakes = Ошибок для повторения пока нет. Сначала потренируйтесь или пройдите пробный тест.
practice_not_found = Тренировка не найдена. Начните новую.
practice_already_answered = На этот вопрос вы уже ответили, засчитывается первый ответ. Переходите к следующему вопросу.

## Конфиденциальность, ключи и хранилище

erase_not_confirmed = Подтвердите удаление всех ваших данных: это действие нельзя отменить.
key_unavailable = Сейчас не удаётся открыть ваши данные (возможно, телефон заблокирован). Разблокируйте телефон и повторите попытку.
key_lost = Ключ, защищавший ваши данные, утерян, и прочитать их больше нельзя. Удалите их и начните заново; вопросы сохранятся.
data_damaged = Часть ваших данных повреждена и не читается ({ $table }.{ $field }, запись № { $record }). Удалите её, чтобы продолжить, и, пожалуйста, сообщите нам об этом.
file_damaged = Файл данных приложения повреждён и не читается. Удалите его, чтобы продолжить, и, пожалуйста, сообщите нам об этом.
storage_full = Память телефона заполнена; ничего не потеряно. Освободите место и повторите попытку.
storage_read_only = Приложение не может сохранить данные: хранилище доступно только для чтения. Проверьте память телефона и перезапустите приложение.
schema_too_new = Ваши данные сохранены более новой версией приложения. Обновите приложение, чтобы открыть их.
storage_failed = Не удалось сохранить или прочитать данные. Повторите попытку; если ошибка не исчезнет, перезапустите приложение.
internal_error = В приложении произошла ошибка. Перезапустите его и, пожалуйста, сообщите нам о проблеме.
file_unreadable = Не удаётся прочитать файл «{ $file }». Проверьте, что он существует и у приложения есть к нему доступ.
pack_invalid = Пакет вопросов не прошёл проверку: { $count } { $count ->
        [one] ошибка
        [few] ошибки
       *[many] ошибок
    }. Ничего не импортировано.
pack_conflict = Пакет конфликтует с уже установленными вопросами; ничего не импортировано. Проверьте версию пакета.
media_not_found = Изображение к этому вопросу не найдено. Импортируйте пакет вопросов заново.

## Политика конфиденциальности по пунктам (экраны начала работы и конфиденциальности)

policy_collects = Что собирается: ИИН (необязательно) — для функций приложения; а также имя, предметы, дата экзамена, ответы и результаты.
policy_purpose = Зачем: только для предоставления образовательного контента и функций приложения.
policy_sealed = Как хранится: в зашифрованном виде на этом устройстве, ключ хранится в защищённом хранилище ключей телефона; данные никуда не передаются.
policy_no_third_parties = Персональные данные не передаются третьим лицам.
policy_rights = Ваши права: получить свои данные (экспорт), исправить их, удалить и отозвать согласие (это удалит все данные).
policy_changes = Изменения политики публикуются в приложении и предлагаются вам для принятия.
notice_not_official = Qazstep не является официальным сервисом государственных органов Республики Казахстан; информация предоставляется исключительно в образовательных целях.
notice_sources = Все вопросы составлены на основе открытых источников и учебных программ Казахстана.

### ---- Подписи интерфейса: экраны и команды терминала (не коды ядра) ----
### Id называются по экрану или команде. Буквы вариантов (A, B, C…) — латинские, как в бланке теста.

## Общее

language_name_kk = казахский
language_name_ru = русский
language_name_en = английский
language_autonym_kk = Қазақша
language_autonym_ru = Русский
language_autonym_en = English
role_student = ученик
role_teacher = учитель
confirm_yes = да
confirm_no = нет
confirm_invalid = Ответьте «{ $yes }» или «{ $no }».
cmd_quit = выйти
command_unknown = Неизвестная команда «{ $command }». Введите одну из команд, указанных на экране.
time_left_minutes = осталось { $minutes } мин
time_left_seconds = осталось { $seconds } сек
question_number = Вопрос { $position }
question_media = [рисунок: { $alt }]
question_media_no_alt = [рисунок]
question_kind_single = выберите один правильный ответ
question_kind_multiple = выберите один или несколько правильных ответов
question_kind_matching = установите соответствие: каждому номеру подберите букву

## Начало работы

onboarding_language_title = Выберите язык
onboarding_language_prompt = Номер языка
policy_title = Политика конфиденциальности (редакция от { $version })
policy_updated = Политика обновлена: ранее вы приняли редакцию от { $accepted }.
policy_operator = Контакты по вопросам персональных данных: { $email }, { $address }
policy_accept_prompt = Принимаете политику?
policy_declined = Политика не принята: ничего не сохранено.
form_title = Профиль
form_hint = Enter — оставить значение в скобках, «-» — стереть.
form_role_prompt = Кто вы
form_name_prompt = Имя (необязательно)
form_iin_prompt = ИИН (необязательно, 12 цифр)
form_subjects_title = Предметы:
form_subjects_prompt = Номер выбранного варианта
form_exam_date_prompt = Дата экзамена (ГГГГ-ММ-ДД, необязательно)
form_choose_number = Введите один из номеров списка.
recovery_title = Данные не открываются
recovery_cmd_retry = повторить
recovery_cmd_erase = удалить персональные данные и начать заново
recovery_erase_confirm = Все персональные данные будут удалены безвозвратно. Продолжить?

## Тест

exam_position = Вопрос { $position } из { $total }
exam_time_left = Осталось: { $time }
exam_answered = Отвечено: { $answered } из { $total }
exam_flagged_count = Отмечено: { $count }
exam_flagged = отмечен
exam_your_answer = Ваш ответ: { $answer }
exam_no_answer = не выбран
exam_partial = не полностью
exam_cmd_answer = Ответ: B · несколько ответов: A,D · соответствие: 1B,2D
exam_cmd_next = далее
exam_cmd_previous = назад
exam_cmd_go_to = перейти к вопросу { $position }
exam_cmd_flag = отметить или снять отметку
exam_cmd_clear = стереть ответ
exam_cmd_palette = список вопросов
exam_cmd_submit = завершить тест
exam_cmd_quit = выйти (время идёт)
exam_cmd_help = справка
exam_left = Ответы сохранены, время идёт. Продолжить: { $command }
answer_unreadable = Запишите ответ буквами: B; несколько ответов: A,D; соответствие: 1B,2D.
palette_title = Список вопросов
palette_legend = ● — отвечен · ◐ — частично · ○ — без ответа · ⚑ — отмечен · > — текущий вопрос
aid_calculator = Калькулятор
aid_calculator_hint = введите выражение после знака =, например: = 12*4
aid_periodic_table = Таблица Менделеева
aid_solubility_table = Таблица растворимости
solubility_soluble_mark = Р
solubility_slightly_soluble_mark = М
solubility_insoluble_mark = Н
solubility_decomposes_mark = —
solubility_legend = Р — растворимо · М — малорастворимо · Н — нерастворимо · — — разлагается водой или не существует
submit_title = Завершение теста
submit_unanswered = Без ответа: { $count }
submit_partial = Из них соответствие заполнено не полностью: { $count }
submit_flagged = Отмечено: { $count }
submit_prompt = Завершить тест? После этого ответы изменить нельзя.

## Результат и разбор

report_title = Результат
report_auto_submitted = Время вышло: тест завершён автоматически.
report_total = Итоговый балл: { $total } / { $max }
report_section_min_met = пороговый балл { $min }: набран
report_section_min_not_met = пороговый балл { $min }: не набран
report_thresholds = Пороговые баллы
report_categories = Квалификационные категории
report_threshold_met = набран
report_threshold_not_met = не набран
report_category_reached = Достигнутая категория: { $name }
report_category_none = Ни по одной категории пороговый балл не набран.
report_category_target = Целевая категория: { $name }
report_cmd_review = разбор
report_cmd_review_wrong = разбор только ошибок
review_title = Разбор
review_position = Вопрос { $position } ({ $index } из { $count } в списке)
review_correct_answer = Правильный ответ: { $answer }
review_points = Баллы: { $points } из { $max }
review_explanation = Пояснение
review_source = Источник: { $source }
review_by_topic = По темам
review_cmd_go_to = перейти к вопросу
review_cmd_report = к результату

## Команды терминала

app_now_invalid = --now принимает время в формате RFC 3339, например { $example }, а не «{ $text }».
profile_iin = ИИН: { $iin }
profile_name = Имя: { $name }
profile_role = Роль: { $role }
profile_interface_language = Язык интерфейса: { $language }
profile_exam_language = Язык теста: { $language }
profile_subjects = Предметы: { $subjects }
profile_exam_date = Дата экзамена: { $date }
profile_daily_minutes = Занятия в день: { $minutes } мин
profile_policy_accepted = Политика конфиденциальности принята (редакция от { $version }).
profile_policy_not_accepted = Политика конфиденциальности ещё не принята.
profile_none = Профиля пока нет. Создать его: { $command }
blueprint_line = { $name } ({ $blueprint }): { $questions } { $questions ->
        [one] вопрос
        [few] вопроса
       *[many] вопросов
    }, { $minutes } мин
blueprint_extra = дополнительное время: { $minutes } мин
exam_started = { $questions } { $questions ->
        [one] вопрос
        [few] вопроса
       *[many] вопросов
    }, { $minutes } мин. Начать тест: { $command }
exam_show_hint = Ответить: { $command }
exam_answer_saved = Ответ на вопрос { $position } сохранён: { $answer }. Отвечено: { $answered } из { $total }, { $time }.
exam_answer_cleared = Ответ на вопрос { $position } стёрт.
exam_flag_set = Вопрос { $position } отмечен.
exam_flag_removed = С вопроса { $position } снята отметка.
exam_list_empty = Тестов пока нет. Начать: { $command }
exam_list_open = не завершён, { $time }
exam_list_submitted = завершён, { $total } из { $max } { $max ->
        [one] балла
       *[many] баллов
    }
practice_title = Тренировка: { $count } { $count ->
        [one] вопрос
        [few] вопроса
       *[many] вопросов
    }
practice_mistakes_title = Работа над ошибками: { $count } { $count ->
        [one] вопрос
        [few] вопроса
       *[many] вопросов
    }
practice_answer_hint = Ответить: { $command }
practice_correct = Верно!
practice_wrong = Неверно.
progress_none = Ответов пока нет.
progress_total = Правильных ответов: { $correct } из { $answered }
pack_all_valid = Проверено пакетов: { $count }, ошибок нет.
pack_validate_problems = В пакетах найдено { $count } { $count ->
        [one] ошибка
        [few] ошибки
       *[many] ошибок
    }; они перечислены выше по-английски (файл: путь JSON: проблема).
pack_import_problems = В пакетах найдено { $count } { $count ->
        [one] ошибка
        [few] ошибки
       *[many] ошибок
    }, ничего не импортировано; они перечислены ниже по-английски (файл: путь JSON: проблема).
pack_import_installed = { $pack } v{ $version }: установлен ({ $questions } { $questions ->
        [one] вопрос
        [few] вопроса
       *[many] вопросов
    })
pack_import_upgraded = { $pack } v{ $version }: обновлён с v{ $from } ({ $questions } { $questions ->
        [one] вопрос
        [few] вопроса
       *[many] вопросов
    })
pack_import_unchanged = { $pack } v{ $version }: уже установлен, ничего не изменилось
pack_import_retired = снято вопросов: { $count }
pack_list_empty = Пакеты вопросов не установлены.
pack_list_counts = { $questions } { $questions ->
        [one] вопрос
        [few] вопроса
       *[many] вопросов
    }, { $contexts } { $contexts ->
        [one] общий текст
        [few] общих текста
       *[many] общих текстов
    }
score_case_problems = В сценарии оценивания «{ $file }» есть ошибки; они перечислены ниже по-английски (файл: путь JSON: проблема).
export_written = Персональные данные записаны в файл «{ $file }».
wipe_needs_yes = wipe удаляет все персональные данные и их ключ; чтобы подтвердить: { $command }
wipe_done = Все персональные данные и их ключ удалены; вопросы сохранены.
key_rotated = Ключ данных заменён; все персональные данные зашифрованы заново.
demo_title = Qazstep демо (seed { $seed })
demo_summary = Загружено вопросов: { $questions }. Смоделированный ученик ответил на { $answered } из { $total }.
demo_dir_not_empty = В каталоге «{ $dir }» уже есть данные Qazstep; для демо нужен пустой каталог.

## Файлы и ключ терминала

io_not_found = файл или каталог не найден
io_permission_denied = нет доступа
io_read_only = файловая система только для чтения
io_storage_full = на диске нет места
io_not_a_directory = часть пути не является каталогом
io_already_exists = файл уже существует
cli_data_dir_cannot_create = Не удаётся создать каталог данных «{ $dir }»: { $reason }. Выберите другой каталог через --data-dir.
cli_data_dir_missing_file = Не удаётся открыть каталог данных «{ $dir }»: в нём не хватает файла или каталога.
cli_cannot_read_input = Не удаётся прочитать ввод: { $reason }.
cli_cannot_write_output = Не удаётся вывести результат: { $reason }.
cli_cannot_write_file = Не удаётся записать файл «{ $file }»: { $reason }.
cli_key_env_invalid = Переменная { $env } должна содержать ровно 64 шестнадцатеричные цифры.
cli_key_file_damaged = Файл ключа «{ $file }» повреждён: в нём должно быть ровно 64 шестнадцатеричные цифры.
cli_key_file_missing = Файла ключа «{ $file }» нет, поэтому открыть персональные данные в этом каталоге невозможно. Если ключ хранится в другом месте, задайте переменную { $env }.
cli_key_file_not_private = Файл ключа «{ $file }» доступен другим пользователям (права { $mode }), и закрыть его не удалось: { $reason }. Выполните для него chmod 600.
cli_key_file_unreadable = Не удаётся прочитать файл ключа «{ $file }»: { $reason }.
cli_key_file_unwritable = Не удаётся записать файл ключа «{ $file }»: { $reason }.
cli_key_mismatch = Этот ключ не открывает данные в каталоге «{ $dir }» (ключ не тот); ничего не изменено. Проверьте переменную { $env } или файл { $file }.
cli_key_not_removed = Персональные данные удалены, но файл их ключа «{ $file }» удалить не удалось: { $reason }.
