// bangfu_i18n's real content is the embedded :/i18n/*.qm resources generated
// from the .ts files beside this file; a static library needs one object file.
int bangfuI18nLibrary()
{
    return 1;
}
